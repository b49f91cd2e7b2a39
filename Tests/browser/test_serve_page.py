#!/usr/bin/env python3
"""`actormap serve` in a real browser: a served map's page in headless Chromium updates when
its file is saved, shows a broken file's problems as text above the last good map, keeps the
year it showed, updates with a file's warnings and shows them apart from errors; the index
lists a map added to the folder without being reloaded by hand.

Run from the repository's root after a build (`scripts/test.sh` does both). With
SERVE_SCREENSHOTS=<folder> it saves a screenshot of each state there, to look at.
"""
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "serve"))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts"))
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402
from test_explorer import browser  # noqa: E402
from test_serve import save, start_server  # noqa: E402
from built_actormap import actormap_binary  # noqa: E402

MAP = """\
title: A map being edited
actors:
  - {id: fed, name: Federation, kind: federation, since: 2010}
  - {id: city, name: City council, kind: city-government, since: 2010}
relationships:
  - {from: fed, to: city, type: mou, since: 2010}
  - {from: city, to: fed, type: collaboration, since: 2012}
"""
# The same map a year on: a new actor and its tie.
EDITED = MAP.replace("relationships:", "  - {id: ngo, name: Neighbourhood NGO, kind: support-ngo, since: 2011}\nrelationships:") \
    + "  - {from: ngo, to: fed, type: funding, since: 2011}\n"
# A tie to an actor the map does not have, written as markup, on line 10.
BROKEN = EDITED + "  - {from: ngo, to: \"<b>nobody</b>\", type: funding, since: 2011}\n"
# A donor added, and a tie from 2010 to the NGO, which exists from 2011: a warning (the tie
# reaches outside the NGO's period), not an error, so the map is drawn with the donor.
WARNED = EDITED.replace("relationships:", "  - {id: donor, name: Donor Trust, kind: donor, since: 2010}\nrelationships:") \
    + "  - {from: city, to: ngo, type: collaboration, since: 2010}\n"
# The same with the broken tie too: an error, so the map stays without the second donor.
WARNED_AND_BROKEN = WARNED.replace(
    "relationships:", "  - {id: donor2, name: Second Donor, kind: donor, since: 2010}\nrelationships:") \
    + "  - {from: ngo, to: \"<b>nobody</b>\", type: funding, since: 2011}\n"


def main():
    folder = tempfile.mkdtemp(prefix="actormap-serve-page-")
    path = os.path.join(folder, "edited.yaml")
    save(path, MAP)
    log = open(os.path.join(folder, "serve.log"), "w")
    process, port = start_server(actormap_binary(), folder, log)
    driver = browser()
    failures = []
    shots = os.environ.get("SERVE_SCREENSHOTS")

    def screenshot(name):
        if shots:
            os.makedirs(shots, exist_ok=True)
            driver.save_screenshot(os.path.join(shots, name + ".png"))

    def check(condition, what):
        print(("ok   " if condition else "FAIL ") + what)
        if not condition:
            failures.append(what)

    def wait(condition, seconds):
        try:
            WebDriverWait(driver, seconds, poll_frequency=0.05).until(lambda d: condition())
            return True
        except Exception:
            return False

    try:
        driver.get(f"http://127.0.0.1:{port}/map/edited.yaml#year=2011")
        check(wait(lambda: driver.execute_script("return !!window.actorMapExplorer"), 60), "the served page opens as an explorer")
        check(not driver.find_elements("css selector", '[data-actor="ngo"]'), "the new actor is not on the map yet")
        year = driver.execute_script("return document.getElementById('year').value")

        save(path, EDITED)
        started = time.monotonic()
        shown = wait(lambda: driver.find_elements("css selector", '[data-actor="ngo"]'), 3)
        check(shown, f"the saved actor is on the page {time.monotonic() - started:.2f} s after the save (at most 3 s)")
        check(wait(lambda: driver.execute_script("return !!window.actorMapExplorer"), 10)
              and driver.execute_script("return document.getElementById('year').value") == year,
              "the reloaded page shows the year it showed before")

        save(path, BROKEN)
        problems = lambda: driver.execute_script(
            "var p = document.getElementById('live-problems'); return p && !p.hidden ? p.textContent : ''")
        check(wait(lambda: "unknown actor '<b>nobody</b>'" in problems(), 5), "a broken file's problem shows above the map, as text")
        check("edited.yaml:10:" in problems(), f"the problem names the file and its line: {problems()!r}")
        check(bool(driver.find_elements("css selector", '[data-actor="ngo"]')), "the last good map stays visible")
        check(not driver.find_elements("css selector", "#live-problems b"), "the id written as markup stays text")

        screenshot("map-errors")

        save(path, EDITED.replace("Neighbourhood NGO", "Neighbourhood NGO <b>renamed</b>"))
        check(wait(lambda: problems() == "", 5), "fixing the file clears the problems")

        # Warnings: the map is drawn (the donor appears) and the warnings show, marked as such.
        box_class = lambda: driver.execute_script("var p = document.getElementById('live-problems'); return p ? p.className : ''")
        items = lambda: driver.execute_script(
            "return Array.from(document.querySelectorAll('#live-problems li')).map(function(li){return [li.className, li.textContent];})")
        save(path, WARNED)
        check(wait(lambda: driver.find_elements("css selector", '[data-actor="donor"]'), 5), "a file with warnings updates the map")
        check(wait(lambda: "warning:" in problems(), 5), f"its warnings show above the map: {problems()!r}")
        check("up to date" in problems() and "last one that read" not in problems(), f"the warnings say the map is up to date: {problems()!r}")
        check("warned" in box_class().split(), "the warnings are shown as warnings, not errors")
        check([cls for cls, _ in items()] == ["warning"] and "edited.yaml:11:" in items()[0][1], f"one warning, at line 11: {items()}")
        screenshot("map-warnings")

        # Errors and warnings: the map is the last good one, errors and warnings apart.
        save(path, WARNED_AND_BROKEN)
        check(wait(lambda: "last one that read" in problems(), 5), f"errors block the map: {problems()!r}")
        check("warned" not in box_class().split(), "errors are shown as errors")
        check(not driver.find_elements("css selector", '[data-actor="donor2"]'), "the map is the last good one")
        marks = [cls for cls, _ in items()]
        check(marks == ["", "warning"], f"the error, then the warning marked as one: {items()}")
        screenshot("map-errors-and-warnings")

        # The index lists a map added to the folder, without being reloaded by hand.
        driver.get(f"http://127.0.0.1:{port}/")
        check(wait(lambda: driver.find_elements("css selector", 'a[href="/map/edited.yaml"]'), 10), "the index lists the map")
        driver.execute_script("window.notReloaded = true")
        save(os.path.join(folder, "later map.yaml"), MAP.replace("A map being edited", "A map added later"))
        started = time.monotonic()
        shown = wait(lambda: driver.find_elements("css selector", 'a[href="/map/later%20map.yaml"]'), 3)
        check(shown, f"a map added to the folder is on the index {time.monotonic() - started:.2f} s later (at most 3 s)")
        check(not driver.execute_script("return !!window.notReloaded"), "the index reloaded itself")
        logs = [entry for entry in driver.get_log("browser") if "Content Security Policy" in entry.get("message", "")]
        check(not logs, f"the index's script breaks no rule of its policy: {logs}")
        screenshot("index")
    finally:
        driver.quit()
        process.terminate()
        process.wait(10)
    if failures:
        raise SystemExit(f"{len(failures)} check(s) of the served page failed")
    print("the served page updates, shows problems and keeps its view")


if __name__ == "__main__":
    main()
