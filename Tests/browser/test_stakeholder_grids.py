#!/usr/bin/env python3
"""The report's power–interest grids in a real browser: Selenium driving headless Chromium.

    python3 Tests/browser/test_stakeholder_grids.py [-v]

Needs what Tests/browser/test_explorer.py needs: the built command (.build/debug/actormap,
or $ACTORMAP), chromium with its chromedriver and selenium. The map is the Net-Map example,
whose water user associations join in 2007: its report over 2005–2019 has a grid for each
year from 2005, and moving the year slider above the map shows that year's grid alone.
Screenshots go to .build/explorer-screenshots/.
"""
import os
import subprocess
import tempfile
import unittest

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ACTORMAP = os.environ.get("ACTORMAP", os.path.join(ROOT, ".build", "debug", "actormap"))
SHOTS = os.path.join(ROOT, ".build", "explorer-screenshots")
EXAMPLE = os.path.join(ROOT, "Examples", "Datasets", "lilongwe-netmap.yaml")
FROM, TO = 2005, 2019


def browser(script=True):
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1300,1000", "--hide-scrollbars"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not script:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver_path = "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None
    return webdriver.Chrome(service=Service(driver_path) if driver_path else Service(), options=options)


class StakeholderGridTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.mkdtemp(prefix="grids-")
        cls.page = os.path.join(cls.folder, "report.html")
        result = subprocess.run([ACTORMAP, "report", EXAMPLE, "-o", cls.page, "--from", str(FROM), "--to", str(TO)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise AssertionError(f"actormap report failed: {result.stderr}")
        os.makedirs(SHOTS, exist_ok=True)

    def shown_grids(self, driver):
        """The years whose grid is displayed, and whether each is open."""
        return driver.execute_script(
            "return [].slice.call(document.querySelectorAll('#stakeholder-grids details[data-year]'))"
            ".filter(function(d){return d.getClientRects().length>0;})"
            ".map(function(d){return [d.getAttribute('data-year'),d.open];});")

    def test_the_grid_follows_the_year_slider(self):
        driver = browser()
        try:
            driver.get("file://" + self.page)
            WebDriverWait(driver, 10).until(lambda d: d.execute_script("return !!window.actorMapExplorer"))
            errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
            self.assertEqual(errors, [], "no script is refused by the page's policy")
            self.assertEqual(self.shown_grids(driver), [[str(TO), True]])
            slider = driver.find_element(By.ID, "year")
            driver.execute_script("var s=arguments[0];s.value=arguments[1];s.dispatchEvent(new Event('input'));", slider, 2010)
            WebDriverWait(driver, 5).until(lambda d: self.shown_grids(d) == [["2010", True]])
            note = driver.find_element(By.ID, "grid-shown")
            self.assertEqual(note.text, "Showing 2010, the year chosen above the map.")
            grid = driver.find_element(By.CSS_SELECTOR, '#stakeholder-grids details[data-year="2010"]')
            driver.execute_script("arguments[0].scrollIntoView();", grid)
            driver.save_screenshot(os.path.join(SHOTS, "grid-2010.png"))
            # The year in the address, as the explorer reads it on opening, picks the grid too.
            driver.get("about:blank")
            driver.get("file://" + self.page + "#year=2007")
            WebDriverWait(driver, 10).until(lambda d: d.execute_script("return !!window.actorMapExplorer"))
            WebDriverWait(driver, 5).until(lambda d: self.shown_grids(d) == [["2007", True]])
        finally:
            driver.quit()

    def test_without_script_every_year_is_a_click_away(self):
        driver = browser(script=False)
        try:
            driver.get("file://" + self.page)
            details = driver.find_elements(By.CSS_SELECTOR, "#stakeholder-grids details[data-year]")
            years = [d.get_attribute("data-year") for d in details]
            self.assertEqual(years, [str(year) for year in range(FROM, TO + 1)])
            self.assertTrue(all(d.is_displayed() for d in details))
            self.assertEqual([d.get_attribute("open") is not None for d in details], [False] * (len(details) - 1) + [True])
            self.assertFalse(driver.find_element(By.ID, "grid-shown").is_displayed())
            details[0].find_element(By.TAG_NAME, "summary").click()
            self.assertIsNotNone(details[0].get_attribute("open"))
            driver.save_screenshot(os.path.join(SHOTS, "grids-no-script.png"))
        finally:
            driver.quit()


if __name__ == "__main__":
    unittest.main()
