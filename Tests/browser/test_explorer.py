#!/usr/bin/env python3
"""The report's explorer in a real browser: Selenium driving headless Chromium.

    python3 Tests/browser/test_explorer.py [-v]

Needs the built command (.build/debug/actormap, or $ACTORMAP), chromium with its
chromedriver (Debian: chromium-driver) and selenium (PyPI); scripts/test.sh installs the
last two when missing. Each state is kept as a PNG in .build/explorer-screenshots/ to be
looked at.

The shift between two years the page computes in script is checked against
`actormap shift --format json`, which computes it in Swift from the map itself.
"""
import http.server
import json
import math
import queue
import threading
import os
import subprocess
import sys
import tempfile
import time
import unittest
from urllib.parse import quote

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ACTORMAP = os.environ.get("ACTORMAP", os.path.join(ROOT, ".build", "debug", "actormap"))
SHOTS = os.path.join(ROOT, ".build", "explorer-screenshots")
EXAMPLE = os.path.join(ROOT, "Examples", "Datasets", "nairobi-mukuru.yaml")
FROM, TO = 2005, 2020

# Names no page may run or render as markup, and a line separator that ends a line in old
# script parsers.
HOSTILE_NAME = "</script><script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">\u2028&amp;"
HOSTILE_MAP = """\
title: "<b>Hostile</b> </script> map"
actors:
  - {id: fed, name: %s, kind: federation, since: 2010}
  - {id: city, name: "City <i>council</i> & co", kind: city-government, since: 2010}
  - {id: ngo, name: "NGO", kind: support-ngo, since: 2010}
relationships:
  - {from: fed, to: city, type: mou, since: 2010, note: "<script>window.pwned=3</script>"}
  - {from: ngo, to: fed, type: funding, since: 2011, amount: 1000}
""" % json.dumps(HOSTILE_NAME)

# A tie citing three sources, the last private: the profile lists every one, the private one
# as withheld (`actormap report` withholds private sources unless --include-private).
SOURCES_MAP = {
    "title": "Sources map",
    "sources": [
        {"id": "minutes", "citation": "Council minutes, 12 May 2011", "kind": "document"},
        {"id": "report", "citation": "Federation annual report; 2011", "kind": "document"},
        {"id": "interview", "citation": "Interview with Jane Doe, Kibera", "kind": "interview", "private": True},
    ],
    "actors": [
        {"id": "fed", "name": "Federation", "kind": "federation", "since": 2010},
        {"id": "city", "name": "City", "kind": "city-government", "since": 2010},
        {"id": "ngo", "name": "NGO", "kind": "support-ngo", "since": 2010},
    ],
    "relationships": [
        {"from": "fed", "to": "city", "type": "mou", "since": 2010, "sources": ["minutes", "report", "interview"]},
        {"from": "ngo", "to": "fed", "type": "funding", "since": 2010, "source": "report"},
        {"from": "ngo", "to": "city", "type": "collaboration", "since": 2011},
    ],
}


def actormap(*arguments):
    result = subprocess.run([ACTORMAP, *arguments], capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise AssertionError(f"actormap {' '.join(arguments)} failed: {result.stderr}")
    return result.stdout


def browser():
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1300,1000", "--hide-scrollbars"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None
    service = Service(driver_path) if driver_path else Service()
    return webdriver.Chrome(service=service, options=options)


class ExplorerTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.mkdtemp(prefix="explorer-")
        cls.page = os.path.join(cls.folder, "report.html")
        actormap("report", EXAMPLE, "-o", cls.page, "--from", str(FROM), "--to", str(TO))
        cls.hostile_file = os.path.join(cls.folder, "hostile.yaml")
        with open(cls.hostile_file, "w", encoding="utf-8") as file:
            file.write(HOSTILE_MAP)
        cls.hostile_page = os.path.join(cls.folder, "hostile.html")
        actormap("report", cls.hostile_file, "-o", cls.hostile_page, "--from", "2010", "--to", "2012")
        cls.sources_file = os.path.join(cls.folder, "sources.json")
        with open(cls.sources_file, "w", encoding="utf-8") as file:
            json.dump(SOURCES_MAP, file)
        cls.sources_page = os.path.join(cls.folder, "sources.html")
        actormap("report", cls.sources_file, "-o", cls.sources_page, "--from", "2010", "--to", "2011")
        os.makedirs(SHOTS, exist_ok=True)
        cls.driver = browser()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()

    # Helpers

    def open(self, page=None, fragment=""):
        # A new document each time: a blank page in between, so that a fragment-only change
        # does not keep the last state.
        self.driver.get("about:blank")
        self.driver.execute_script("try{sessionStorage.clear()}catch(e){}")
        self.driver.get("file://" + (page or self.page) + fragment)
        WebDriverWait(self.driver, 10).until(lambda d: d.execute_script("return !!window.actorMapExplorer"))

    def shot(self, name):
        self.driver.save_screenshot(os.path.join(SHOTS, f"{name}.png"))

    def js(self, script, *arguments):
        return self.driver.execute_script(script, *arguments)

    def visible_actor(self, actor):
        """The element of `actor` drawn in the shown year, or None."""
        return self.js(
            "var id=arguments[0],l=[].slice.call(document.querySelectorAll('#map-canvas [data-actor]'))"
            ".filter(function(e){return e.getAttribute('data-actor')===id&&e.getClientRects().length>0;});"
            "return l[0]||null;", actor)

    def shown_actors(self):
        return set(self.js(
            "return [].slice.call(document.querySelectorAll('#map-canvas [data-actor]'))"
            ".filter(function(e){return e.getClientRects().length>0;}).map(function(e){return e.getAttribute('data-actor');});"))

    def centre(self, element):
        return self.js("var r=arguments[0].getBoundingClientRect();return [r.left+r.width/2,r.top+r.height/2];", element)

    def place(self, element):
        """The centre of `element` in the map's frame, whatever the page around it does."""
        return self.js("var r=arguments[0].getBoundingClientRect(),c=document.getElementById('map-canvas').getBoundingClientRect();"
                       "return [r.left+r.width/2-c.left,r.top+r.height/2-c.top];", element)

    def data(self):
        return self.js("return JSON.parse(document.getElementById('explorer-data').textContent);")

    # The tests

    def test_search_highlights_and_enter_centres(self):
        self.open()
        box = self.driver.find_element(By.ID, "search")
        box.send_keys("muungano")
        matches = self.js("return [].slice.call(document.querySelectorAll('#map-canvas .match')).map(function(e){return e.getAttribute('data-actor');});")
        self.assertIn("muungano", matches)
        actors = {a["id"]: a for a in self.data()["actors"]}
        expected = {i for i, a in actors.items() if "muungano" in i.lower() or "muungano" in a["name"].lower()}
        self.assertEqual(set(matches) & set(actors), set(matches))
        drawn = set(self.js("return [].slice.call(document.querySelectorAll('#map-canvas [data-actor]')).map(function(e){return e.getAttribute('data-actor');});"))
        self.assertEqual(set(matches), expected & drawn, "exactly the actors whose name or id holds the text")
        dimmed = self.js("return document.querySelectorAll('#map-canvas [data-actor].dimmed').length;")
        others = self.js("return document.querySelectorAll('#map-canvas [data-actor]:not(.match)').length;")
        self.assertGreater(dimmed, 0)
        self.assertEqual(dimmed, others, "every actor that does not match is dimmed")
        # By name as well as by id, whatever the case.
        box.clear()
        box.send_keys("SLUM DWELLERS")
        self.assertIn("sdi", self.js("return [].slice.call(document.querySelectorAll('#map-canvas .match')).map(function(e){return e.getAttribute('data-actor');});"))
        self.shot("search")
        before = self.driver.find_element(By.ID, "viewport").get_attribute("transform")
        box.send_keys(Keys.ENTER)
        after = self.driver.find_element(By.ID, "viewport").get_attribute("transform")
        self.assertNotEqual(before, after, "Enter moves the view to the first match")
        element = self.visible_actor("sdi")
        x, y = self.centre(element)
        canvas = self.js("var r=document.getElementById('map-canvas').getBoundingClientRect();return [r.left+r.width/2,r.top+r.height/2];")
        self.assertLess(abs(x - canvas[0]), 3)
        self.assertLess(abs(y - canvas[1]), 3)
        self.shot("search-centred")

    def test_click_opens_the_profile_with_the_right_name(self):
        self.open()
        data = self.data()
        names = {actor["id"]: actor["name"] for actor in data["actors"]}
        element = self.visible_actor("muungano")
        self.assertIsNotNone(element)
        self.js("arguments[0].scrollIntoView({block:'center'});", element)
        ActionChains(self.driver).move_to_element(element).click().perform()
        profile = self.driver.find_element(By.ID, "profile")
        self.assertTrue(profile.is_displayed())
        self.assertEqual(profile.find_element(By.CSS_SELECTOR, '[data-field="name"]').text, names["muungano"])
        self.assertIn("Rank", profile.find_element(By.CSS_SELECTOR, '[data-field="rank"]').text)
        self.assertGreater(len(profile.find_elements(By.CSS_SELECTOR, '[data-field="sparkline"] polyline')), 0)
        self.assertIn("actor=muungano", self.driver.current_url)
        self.shot("profile")
        # A link in the panel goes to the other actor; Esc closes the panel.
        link = profile.find_element(By.CSS_SELECTOR, "a[data-go]")
        other = link.get_attribute("data-go")
        link.click()
        self.assertEqual(profile.find_element(By.CSS_SELECTOR, '[data-field="name"]').text, names[other])
        self.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        self.assertFalse(profile.is_displayed())
        # Keyboard: Tab reaches an actor, Enter opens it.
        element = self.visible_actor("muungano")
        self.js("arguments[0].focus();", element)
        self.driver.switch_to.active_element.send_keys(Keys.ENTER)
        self.assertTrue(profile.is_displayed())
        self.assertEqual(profile.find_element(By.CSS_SELECTOR, '[data-field="name"]').text, names["muungano"])

    def test_every_control_has_a_label_and_is_reachable(self):
        self.open()
        for control in ["search", "year", "play", "depth", "measure", "zoom-in", "zoom-out", "zoom-fit"]:
            element = self.driver.find_element(By.ID, control)
            self.assertTrue(element.get_attribute("aria-label"), control)
            self.assertNotEqual(element.get_attribute("tabindex"), "-1", control)
        self.assertEqual(self.driver.find_element(By.ID, "viewport").tag_name, "g")
        focusable = self.js("return document.querySelectorAll('#map-canvas [data-actor][tabindex=\"0\"][aria-label]').length;")
        self.assertGreater(focusable, 10)
        # Tab from the search box goes on through the controls, not nowhere.
        self.driver.find_element(By.ID, "search").click()
        seen = set()
        for _ in range(12):
            self.driver.switch_to.active_element.send_keys(Keys.TAB)
            seen.add(self.driver.switch_to.active_element.get_attribute("id"))
        self.assertTrue({"depth", "measure", "zoom-in"} <= seen, seen)

    def test_ego_steps_hide_distant_actors(self):
        self.open(fragment=f"#year={TO}&actor=muungano&depth=1")
        data = self.data()
        index = {a["id"]: i for i, a in enumerate(data["actors"])}
        position = data["years"].index(TO)
        chosen = index["muungano"]
        neighbours = {chosen}
        ties = data["ties"]  # a column per field
        for k in range(len(ties["rel"])):
            if ties["first"][k] <= position <= ties["last"][k]:
                if ties["from"][k] == chosen:
                    neighbours.add(ties["to"][k])
                if ties["to"][k] == chosen:
                    neighbours.add(ties["from"][k])
        expected = {data["actors"][i]["id"] for i in neighbours}
        shown = self.shown_actors()
        self.assertTrue(shown, "some actors show")
        self.assertTrue(shown <= expected, shown - expected)
        hidden = self.js("return [].slice.call(document.querySelectorAll('#map-canvas [data-actor][hidden]')).map(function(e){return e.getAttribute('data-actor');});")
        self.assertTrue(hidden, "actors beyond one step are hidden")
        self.shot("ego-1")
        Select(self.driver.find_element(By.ID, "depth")).select_by_value("2")
        two = self.shown_actors()
        self.assertTrue(shown <= two and len(two) > len(shown), (shown, two))
        self.shot("ego-2")
        Select(self.driver.find_element(By.ID, "depth")).select_by_value("0")
        self.assertGreater(len(self.shown_actors()), len(two))

    def test_group_filter_hides_its_actors_and_type_filter_its_ties(self):
        self.open()
        data = self.data()
        state = [a["id"] for a in data["actors"] if data["groups"][a["group"]]["id"] == "state"]
        self.assertTrue(set(state) & self.shown_actors())
        box = self.driver.find_element(By.CSS_SELECTOR, '[data-filter-group="state"]')
        self.driver.find_element(By.CSS_SELECTOR, ".filters summary").click()
        box.click()
        self.assertFalse(set(state) & self.shown_actors())
        self.assertIn("hide=group:state", self.driver.current_url)
        self.shot("filter-state")
        box.click()
        self.assertTrue(set(state) & self.shown_actors())
        ties = self.js("return [].slice.call(document.querySelectorAll('#map-canvas [data-tie]')).filter(function(e){return e.getClientRects().length>0;}).map(function(e){return e.getAttribute('data-tie').split(' ').pop();});")
        kind = ties[0]
        self.driver.find_element(By.CSS_SELECTOR, f'[data-filter-type="{kind}"]').click()
        after = self.js("return [].slice.call(document.querySelectorAll('#map-canvas [data-tie]')).filter(function(e){return e.getClientRects().length>0;}).map(function(e){return e.getAttribute('data-tie').split(' ').pop();});")
        self.assertNotIn(kind, after)

    def test_slider_and_play_change_the_year_and_keep_places(self):
        self.open(fragment=f"#year={TO}")
        before = self.place(self.visible_actor("muungano"))
        slider = self.driver.find_element(By.ID, "year")
        self.assertEqual(slider.get_attribute("min"), str(FROM))
        self.assertEqual(slider.get_attribute("max"), str(TO))
        self.js("var s=arguments[0];s.value=arguments[1];s.dispatchEvent(new Event('input'));", slider, 2012)
        self.assertEqual(self.driver.find_element(By.ID, "year-label").text, "2012")
        self.assertIn("year=2012", self.driver.current_url)
        checked = self.js("return document.querySelector('input.year-choice:checked').getAttribute('data-year');")
        self.assertEqual(checked, "2012")
        time.sleep(0.6)
        self.shot("year-2012")
        after = self.place(self.visible_actor("muungano"))
        # Years drawn in frames of different heights put it within a fraction of a pixel.
        self.assertLess(abs(before[0] - after[0]) + abs(before[1] - after[1]), 1, "the actor stays in its place")
        # Play advances one year at a time.
        self.driver.find_element(By.ID, "play").click()
        self.assertEqual(self.driver.find_element(By.ID, "play").get_attribute("aria-pressed"), "true")
        WebDriverWait(self.driver, 5).until(lambda d: d.find_element(By.ID, "year-label").text == "2013")
        self.shot("play-fading")
        WebDriverWait(self.driver, 5).until(lambda d: d.find_element(By.ID, "year-label").text == "2014")
        self.driver.find_element(By.ID, "play").click()
        self.assertEqual(self.driver.find_element(By.ID, "play").get_attribute("aria-pressed"), "false")
        time.sleep(0.6)
        year = int(self.driver.find_element(By.ID, "year-label").text)
        self.assertEqual(int(slider.get_attribute("value")), year)
        moved = self.place(self.visible_actor("muungano"))
        self.assertLess(abs(before[0] - moved[0]) + abs(before[1] - moved[1]), 1)

    def test_zoom_changes_the_view_transform(self):
        self.open()
        viewport = self.driver.find_element(By.ID, "viewport")
        start = viewport.get_attribute("transform")
        fitted = self.js("return window.actorMapExplorer.zoom();")
        # The map opens fitted: the year's drawing inside the frame, filling it one way.
        inside = self.js("var v=document.getElementById('viewport').getBoundingClientRect(),c=document.getElementById('map-canvas').getBoundingClientRect();"
                         "return [v.left>=c.left-1&&v.right<=c.right+1&&v.top>=c.top-1&&v.bottom<=c.bottom+1, Math.max(v.width/c.width,v.height/c.height)];")
        self.assertTrue(inside[0], inside)
        self.assertGreater(inside[1], 0.9, inside)
        self.driver.find_element(By.ID, "zoom-in").click()
        zoomed = viewport.get_attribute("transform")
        self.assertNotEqual(start, zoomed)
        self.assertGreater(self.js("return window.actorMapExplorer.zoom().k;"), 1.3)
        self.shot("zoomed-in")
        # The wheel zooms out about the pointer; a drag pans.
        canvas = self.driver.find_element(By.ID, "map-canvas")
        self.js("arguments[0].scrollIntoView({block:'center'});", canvas)
        self.js("var c=arguments[0],r=c.getBoundingClientRect();c.dispatchEvent(new WheelEvent('wheel',{deltaY:300,clientX:r.left+50,clientY:r.top+50,bubbles:true,cancelable:true}));", canvas)
        self.assertLess(self.js("return window.actorMapExplorer.zoom().k;"), 1.3)
        k = self.js("return window.actorMapExplorer.zoom().k;")
        x = self.js("return window.actorMapExplorer.zoom().x;")
        ActionChains(self.driver).move_to_element_with_offset(canvas, -200, 150).click_and_hold().move_by_offset(60, 0).move_by_offset(60, 0).release().perform()
        self.assertGreater(self.js("return window.actorMapExplorer.zoom().x;"), x)
        self.assertAlmostEqual(self.js("return window.actorMapExplorer.zoom().k;"), k)
        self.driver.find_element(By.ID, "zoom-fit").click()
        again = self.js("return window.actorMapExplorer.zoom();")
        for key in "kxy":
            self.assertAlmostEqual(again[key], fitted[key], places=6)

    def test_url_state_restores_the_view(self):
        fragment = f"#year=2015&actor=muungano&depth=1&measure=betweenness&from=2008&to=2015&hide=group:state,type:contention"
        self.open(fragment=fragment)
        self.assertEqual(self.driver.find_element(By.ID, "year-label").text, "2015")
        self.assertEqual(self.driver.find_element(By.ID, "year").get_attribute("value"), "2015")
        self.assertEqual(self.driver.find_element(By.ID, "depth").get_attribute("value"), "1")
        self.assertEqual(self.driver.find_element(By.ID, "measure").get_attribute("value"), "betweenness")
        self.assertEqual(self.driver.find_element(By.ID, "shift-from").get_attribute("value"), "2008")
        self.assertEqual(self.driver.find_element(By.ID, "shift-to").get_attribute("value"), "2015")
        profile = self.driver.find_element(By.ID, "profile")
        self.assertTrue(profile.is_displayed())
        self.assertIn("Muungano", profile.find_element(By.CSS_SELECTOR, '[data-field="name"]').text)
        self.assertIn("betweenness", profile.find_element(By.CSS_SELECTOR, '[data-field="rank"]').text)
        self.assertFalse(self.driver.find_element(By.CSS_SELECTOR, '[data-filter-group="state"]').is_selected())
        self.assertFalse(self.driver.find_element(By.CSS_SELECTOR, '[data-filter-type="contention"]').is_selected())
        data = self.data()
        state = {a["id"] for a in data["actors"] if data["groups"][a["group"]]["id"] == "state"}
        self.assertFalse(state & self.shown_actors())
        self.shot("url-state")
        # The view the page writes back reads the same.
        state = self.js("return window.actorMapExplorer.state();")
        self.assertEqual((state["year"], state["actor"], state["depth"], state["measure"], state["from"], state["to"]),
                         (2015, "muungano", 1, "betweenness", 2008, 2015))
        self.assertEqual(state["hide"], {"group": {"state": True}, "kind": {}, "type": {"contention": True}})

    def test_the_shift_between_two_years_is_the_commands(self):
        self.open()
        for start, end, measure in [(2005, 2020, "pagerank"), (2010, 2013, "degree"), (2008, 2016, "betweenness"), (2012, 2019, "eigenvector")]:
            expected = json.loads(actormap("shift", EXAMPLE, "--from", str(start), "--to", str(end), "--metric", measure, "--format", "json"))
            actual = self.js("return window.actorMapExplorer.shift(arguments[0],arguments[1],arguments[2]);", start, end, measure)
            label = f"{start}→{end} {measure}"
            self.assertEqual([a["id"] for a in actual["actors"]], [a["id"] for a in expected["actors"]], label)
            for mine, theirs in zip(actual["actors"], expected["actors"]):
                for key in ["status", "rank_before", "rank_after", "rank_change", "tied_before", "tied_after", "moved", "group"]:
                    self.assertEqual(mine[key], theirs.get(key), f"{label} {mine['id']} {key}")
                for key in ["before", "after", "change"]:
                    self.assert_close(mine[key], theirs.get(key), f"{label} {mine['id']} {key}")
            self.assertEqual([g["group"] for g in actual["group_share"]], [g["group"] for g in expected["group_share"]], label)
            for mine, theirs in zip(actual["group_share"], expected["group_share"]):
                for key in ["before", "after", "shift"]:
                    self.assert_close(mine[key], theirs.get(key), f"{label} {mine['group']} {key}")
        # The page's own table shows the chosen years.
        Select(self.driver.find_element(By.ID, "shift-from")).select_by_value("2010")
        Select(self.driver.find_element(By.ID, "shift-to")).select_by_value("2013")
        output = self.driver.find_element(By.ID, "shift-output")
        self.assertIn("from 2010 to 2013", output.text)
        self.assertIn("from=2010&to=2013", self.driver.current_url)
        self.js("document.getElementById('compare').scrollIntoView();")
        self.shot("compare")

    def assert_close(self, mine, theirs, label):
        if theirs is None or mine is None:
            self.assertEqual(mine, theirs, label)
        else:
            self.assertTrue(math.isclose(mine, theirs, rel_tol=1e-9, abs_tol=1e-11), f"{label}: {mine} != {theirs}")

    def test_a_hostile_name_stays_text(self):
        self.open(self.hostile_page, "#year=2011&actor=fed&q=" + quote("</script>"))
        self.assertIsNone(self.js("return window.pwned;"))
        self.assertEqual(self.js("return document.querySelectorAll('img').length;"), 0)
        profile = self.driver.find_element(By.ID, "profile")
        # The line separator is shown by its code, as in the rest of the page.
        self.assertEqual(self.js("return document.querySelector('#profile [data-field=name]').textContent;"), HOSTILE_NAME.replace("\u2028", "\\u{2028}"))
        self.assertIn("<script>window.pwned=3</script>", profile.find_element(By.CSS_SELECTOR, '[data-field="ties"]').text)
        # The panel's own elements only: no script, image or italic made of a name or note.
        self.assertEqual(self.js("return document.querySelectorAll('#profile script, #profile img, #profile i').length;"), 0)
        self.assertIn("City <i>council</i> & co", profile.find_element(By.CSS_SELECTOR, '[data-field="ties"]').text)
        # Search by the hostile text finds the actor and shows it as text.
        self.assertEqual(self.js("return document.getElementById('search').value;"), "</script>")
        self.assertEqual(self.js("return [].slice.call(document.querySelectorAll('#map-canvas .match')).map(function(e){return e.getAttribute('data-actor');}).filter(function(v,i,a){return a.indexOf(v)===i;});"), ["fed"])
        # A hostile actor id in the URL selects nothing and breaks nothing.
        self.open(self.hostile_page, "#actor=" + quote("<img src=x onerror=alert(1)>") + "&hide=group:" + quote(quote("\"><script>")))
        self.assertFalse(self.driver.find_element(By.ID, "profile").is_displayed())
        self.assertIsNone(self.js("return window.pwned;"))
        self.shot("hostile")

    def test_the_table_of_the_year_shown_is_the_commands(self):
        # With script, the tables section shows every measure of the year shown, filled from
        # the embedded figures; `actormap metrics` computes them from the map itself.
        self.open(fragment="#year=2012")
        WebDriverWait(self.driver, 5).until(lambda d: d.execute_script(
            "return document.querySelectorAll('#year-measures tbody tr').length>0;"))
        self.assertEqual(self.driver.find_element(By.CSS_SELECTOR, '#year-measures [data-field="table-year"]').text, "2012")
        heads = self.js("return [].map.call(document.querySelectorAll('#year-measures thead th'),function(th){return th.textContent;});")
        measures = heads[3:]
        rows = self.js("return [].map.call(document.querySelectorAll('#year-measures tbody tr'),function(tr){"
                       "return [].map.call(tr.cells,function(td){return td.textContent;});});")
        expected = {a["name"]: a for a in json.loads(actormap("metrics", EXAMPLE, "--year", "2012", "--format", "json"))["actors"]}
        self.assertEqual(sorted(row[0] for row in rows), sorted(expected))
        for row in rows:
            actor = expected[row[0]]
            for measure, cell in zip(measures, row[3:]):
                value = actor.get(measure)
                if value is None:
                    self.assertEqual(cell, "–", f"{row[0]} {measure}")
                else:
                    self.assertTrue(math.isclose(float(cell), value, rel_tol=5e-3, abs_tol=1e-12), f"{row[0]} {measure}: {cell} against {value}")
        # Ranks by PageRank, as `shift` ranks: competition ranks, values within 1e-9 tied.
        values = {name: a["pagerank"] for name, a in expected.items()}
        def rank(name):
            return 1 + sum(1 for other in values.values() if other > values[name] and not math.isclose(other, values[name], rel_tol=1e-9, abs_tol=1e-12))
        for row in rows:
            tied = sum(1 for other in values if rank(other) == rank(row[0])) > 1
            self.assertEqual(row[2], f"{rank(row[0])}{' tied' if tied else ''}", row[0])
        self.assertEqual([row[2] for row in rows][0], "1", "the highest first")
        self.js("document.getElementById('tables').scrollIntoView();")
        self.shot("year-table")

    def test_the_profile_lists_every_source_of_a_tie(self):
        self.open(self.sources_page, "#year=2011&actor=fed")
        profile = self.driver.find_element(By.ID, "profile")
        ties = profile.find_elements(By.CSS_SELECTOR, '[data-field="ties"] ul.ties > li')
        self.assertEqual(len(ties), 2, [t.text for t in ties])
        cited = {}
        for tie in ties:
            other = tie.find_element(By.CSS_SELECTOR, "a[data-go]").get_attribute("data-go")
            cited[other] = [li.text for li in tie.find_elements(By.CSS_SELECTOR, "ul.tie-sources li")]
        # The map's own lists, in their order; the private source as every output shows it.
        self.assertEqual(cited["city"], ["Council minutes, 12 May 2011", "Federation annual report; 2011", "A private source (withheld)"])
        self.assertEqual(cited["ngo"], ["Federation annual report; 2011"])
        self.assertNotIn("Jane", self.driver.page_source)
        self.assertIn("Sources:", ties[0].text + ties[1].text)
        self.assertIn("Source:", ties[0].text + ties[1].text)
        self.js("document.getElementById('profile').scrollIntoView();")
        self.shot("profile-sources")
        # The tie with no source says none.
        self.open(self.sources_page, "#year=2011&actor=ngo")
        lists = self.js("return [].slice.call(document.querySelectorAll('#profile ul.ties > li')).map(function(li){"
                        "return [li.querySelector('a[data-go]').getAttribute('data-go'),li.querySelectorAll('ul.tie-sources li').length];});")
        self.assertEqual(sorted(lists), [["city", 0], ["fed", 1]])

    def test_the_page_makes_no_network_request(self):
        self.open(fragment="#year=2010&actor=muungano")
        self.driver.find_element(By.ID, "zoom-in").click()
        resources = self.js("return performance.getEntriesByType('resource').map(function(e){return e.name;});")
        self.assertEqual(resources, [])
        policy = self.js("return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content;")
        self.assertIn("default-src 'none'", policy)
        self.assertNotIn("unsafe-inline", policy)
        self.assertNotIn("connect-src", policy, "a page on its own connects nowhere")
        # Nothing the page did broke its own policy (a hash that did not match would).
        violations = [entry for entry in self.driver.get_log("browser") if "Content Security Policy" in entry.get("message", "")]
        self.assertEqual(violations, [])

    def test_live_events_show_problems_and_reload_keeping_the_view(self):
        # The page as `HTMLReport.liveEvents` makes it: the event stream's address in the
        # data, and `connect-src 'self'` in the policy (HTMLReportTests checks that these are
        # exactly what the property changes). A small server sends the events.
        with open(self.page, encoding="utf-8") as file:
            page = file.read()
        page = page.replace('<script type="application/json" id="explorer-data">{', '<script type="application/json" id="explorer-data">{"live":"/events",', 1)
        page = page.replace("form-action 'none'\">", "form-action 'none'; connect-src 'self'\">", 1)
        events = queue.Queue()

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *arguments):
                pass

            def do_GET(self):
                if self.path.startswith("/events"):
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.send_header("Cache-Control", "no-store")
                    self.end_headers()
                    try:
                        while True:
                            try:
                                event = events.get(timeout=0.2)
                            except queue.Empty:
                                self.wfile.write(b": ping\n\n")
                                self.wfile.flush()
                                continue
                            self.wfile.write(event.encode("utf-8"))
                            self.wfile.flush()
                    except (BrokenPipeError, ConnectionResetError):
                        return
                body = page.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            address = f"http://127.0.0.1:{server.server_address[1]}/map/report.html"
            self.driver.get(address + "#year=2012&actor=muungano")
            WebDriverWait(self.driver, 10).until(lambda d: d.execute_script("return !!window.actorMapExplorer"))
            self.driver.find_element(By.ID, "zoom-in").click()
            zoom = self.js("return window.actorMapExplorer.zoom();")
            problems = self.driver.find_element(By.ID, "live-problems")
            self.assertFalse(problems.is_displayed())
            events.put("event: problems\ndata: map.yaml:12: actor <b>x</b> has no kind. Fix: add kind: federation\ndata: map.yaml:30: unknown type. Fix: declare it\n\n")
            WebDriverWait(self.driver, 5).until(lambda d: problems.is_displayed())
            self.assertIn("map.yaml:12: actor <b>x</b> has no kind. Fix: add kind: federation", problems.text)
            self.assertEqual(len(problems.find_elements(By.CSS_SELECTOR, "li")), 2)
            self.assertEqual(len(problems.find_elements(By.CSS_SELECTOR, "b")), 0)
            self.assertTrue(self.visible_actor("muungano"), "the last good map stays")
            self.shot("live-problems")
            # A reload keeps the year, the actor and the zoom, and clears the problems.
            self.js("window.beforeReload=1;")
            self.driver.find_element(By.ID, "year")
            events.put("event: reload\ndata: \n\n")
            WebDriverWait(self.driver, 5).until(lambda d: d.execute_script("return window.beforeReload===undefined&&!!window.actorMapExplorer"))
            state = self.js("return window.actorMapExplorer.state();")
            self.assertEqual((state["year"], state["actor"]), (2012, "muungano"))
            self.assertEqual(self.js("return window.actorMapExplorer.zoom();"), zoom)
            self.assertFalse(self.driver.find_element(By.ID, "live-problems").is_displayed())
            self.assertTrue(self.driver.find_element(By.ID, "profile").is_displayed())
        finally:
            server.shutdown()
            server.server_close()

    def test_without_script_every_year_is_readable(self):
        # Chromium with script off: the radio buttons pick the year by style alone.
        options = Options()
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1300,1000"]:
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver") if os.path.exists("/usr/bin/chromedriver") else Service(), options=options)
        try:
            driver.get("file://" + self.page)
            self.assertFalse(driver.find_element(By.ID, "search").is_displayed())
            # One table of the chosen measure and rank, a column a year; the explorer's table
            # of the year shown is not there without script.
            years = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "table.by-year thead th")][2:]
            self.assertEqual(years, [str(year) for year in range(FROM, TO + 1)])
            self.assertFalse(driver.find_element(By.ID, "year-measures").is_displayed())
            label = driver.find_element(By.CSS_SELECTOR, 'label[for="map-year-0"]')
            label.click()
            caption = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "figure.year figcaption span") if e.is_displayed()]
            self.assertEqual(caption, [str(FROM)])
            driver.save_screenshot(os.path.join(SHOTS, "no-script.png"))
        finally:
            driver.quit()


if __name__ == "__main__":
    unittest.main()
