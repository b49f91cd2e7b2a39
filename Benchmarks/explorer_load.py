#!/usr/bin/env python3
"""How big the report's explorer page is and how soon headless Chromium has it ready.

    python3 Benchmarks/explorer_load.py [--actormap .build/debug/actormap] [--actors 500] [--runs 3]
    python3 Benchmarks/explorer_load.py --map Benchmarks/.cache/temporal-500.json

Writes the seeded map of Benchmarks/make_map.py (ACTORS actors, 5 × ACTORS ties, --periods:
30 years, 1995–2024), or takes MAP (such as temporal.py's 500-actor map), writes its report,
and opens it RUNS times in headless Chromium through
Selenium (chromium-driver), each time a fresh page: prints the page's size, how much of it
is the explorer's JSON, and the time to DOMContentLoaded and to the load event as the page's
own Navigation Timing gives them, with the best and the median of the runs. The target is a
few MB and DOMContentLoaded under 2 s for 500 actors over 30 years.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--actormap", default=os.path.join(ROOT, ".build", "debug", "actormap"))
    parser.add_argument("--actors", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--map", help="a map to report on instead of a generated one")
    parser.add_argument("--keep", help="where to keep the page")
    arguments = parser.parse_args()
    work = tempfile.mkdtemp(prefix="explorer-load-")
    map_file = arguments.map
    if map_file is None:
        map_file = os.path.join(work, "map.yaml")
        with open(map_file, "w") as out:
            subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "make_map.py"), str(arguments.actors),
                            str(5 * arguments.actors), "--periods"], stdout=out, check=True)
    page = os.path.abspath(arguments.keep) if arguments.keep else os.path.join(work, "report.html")
    subprocess.run([arguments.actormap, "report", map_file, "-o", page], check=True, capture_output=True)
    text = open(page, encoding="utf-8").read()
    data = re.search(r'<script type="application/json" id="explorer-data">(.*?)</script>', text, re.S).group(1)
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1300,1000"]:
        options.add_argument(argument)
    service = Service("/usr/bin/chromedriver") if os.path.exists("/usr/bin/chromedriver") else Service()
    driver = webdriver.Chrome(service=service, options=options)
    ready, loaded = [], []
    try:
        for _ in range(arguments.runs):
            driver.get("about:blank")
            driver.get("file://" + page)
            timing = driver.execute_script(
                "var n=performance.getEntriesByType('navigation')[0];return [n.domContentLoadedEventEnd,n.loadEventEnd];")
            ready.append(timing[0] / 1000)
            loaded.append(timing[1] / 1000)
    finally:
        driver.quit()
    print(f"{os.path.basename(map_file) if arguments.map else f'{arguments.actors} actors × 30 years'}: page {len(text.encode()) / 1e6:.2f} MB, "
          f"of which explorer data {len(data.encode()) / 1e6:.2f} MB")
    print("breakdown: " + ", ".join(f"{name} {size / 1e6:.2f} MB" for name, size in breakdown(text)))
    print(f"DOMContentLoaded: best {min(ready):.2f} s, median {statistics.median(ready):.2f} s; "
          f"load: best {min(loaded):.2f} s, median {statistics.median(loaded):.2f} s ({arguments.runs} runs)")


def breakdown(text):
    """The page's parts and their sizes in bytes: the map's drawing, the explorer's data, the
    tables, the style and script, and the rest."""
    parts = [
        ("drawing", r'<svg id="map-canvas".*?</svg>'),
        ("explorer data", r'<script type="application/json" id="explorer-data">.*?</script>'),
        ("tables", r'<section id="tables">.*?</section>'),
        ("shift", r'<section id="shift">.*?</section>'),
        ("style", r"<style>.*?</style>"),
        ("script", r"<script>.*?</script>"),
    ]
    sizes, rest = [], len(text.encode())
    for name, pattern in parts:
        match = re.search(pattern, text, re.S)
        size = len(match.group(0).encode()) if match else 0
        sizes.append((name, size))
        rest -= size
    return sizes + [("the rest", rest)]


if __name__ == "__main__":
    main()
