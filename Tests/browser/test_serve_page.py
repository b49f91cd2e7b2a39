#!/usr/bin/env python3
"""`actormap serve` in a real browser: a served map's page in headless Chromium updates when
its file is saved, shows a broken file's problems as text above the last good map, and keeps
the year it showed.

Run from the repository's root after a build (`scripts/test.sh` does both).
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


def main():
    folder = tempfile.mkdtemp(prefix="actormap-serve-page-")
    path = os.path.join(folder, "edited.yaml")
    save(path, MAP)
    log = open(os.path.join(folder, "serve.log"), "w")
    process, port = start_server(actormap_binary(), folder, log)
    driver = browser()
    failures = []

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

        save(path, EDITED.replace("Neighbourhood NGO", "Neighbourhood NGO <b>renamed</b>"))
        check(wait(lambda: problems() == "", 5), "fixing the file clears the problems")
    finally:
        driver.quit()
        process.terminate()
        process.wait(10)
    if failures:
        raise SystemExit(f"{len(failures)} check(s) of the served page failed")
    print("the served page updates, shows problems and keeps its view")


if __name__ == "__main__":
    main()
