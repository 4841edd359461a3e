#!/usr/bin/python3
"""The page of `santun serve` in a real browser: Debian's chromium, headless,
driven through chromium-driver and python3-selenium.

Starts `santun serve --port 0` on loopback, loads the page, types the seeds'
failing example, waits for the highlights and the side list, applies a fix
(the page's text must become what the fix's edits say), copies the rewrite
(the clipboard must hold the rewrite that POST /v1/rewrite returns for the
fixed text), checks keyboard focus on a highlight, the English interface and
phone width, and saves screenshots in ARTIFACTS (serve_page.png,
serve_page_phone.png).

Usage: browser_test.py SANTUN ARTIFACTS
Exits 77 (skipped) when chromium, chromedriver or selenium is missing.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

SEED_FAILING = "Halo, saya menagih utang Anda sekarang. Bayar sekarang juga!"
FIX_RULE = "pressure.bare-command"

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    print("skipped: python3-selenium is not installed")
    sys.exit(77)

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)
if not CHROMIUM or not DRIVER:
    print("skipped: chromium or chromium-driver is not installed")
    sys.exit(77)

FAILURES = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        FAILURES.append(what)


def start_server(santun):
    proc = subprocess.Popen([santun, "serve", "--port", "0"], stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 20
    while time.time() < deadline:
        line = proc.stderr.readline()
        m = re.search(r"listening on http://127\.0\.0\.1:(\d+)/", line)
        if m:
            return proc, int(m.group(1))
    proc.kill()
    sys.exit("santun serve did not start")


def post(base, path, body):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST")
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)


def apply_edits(text, edits):
    data = text.encode()
    for e in sorted(edits, key=lambda e: e["range"]["start"]["offset"], reverse=True):
        s, t = e["range"]["start"]["offset"], e["range"]["end"]["offset"]
        data = data[:s] + e["replacement"].encode() + data[t:]
    return data.decode()


def make_driver(profile_dir):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-extensions", "--disable-default-apps", "--user-data-dir=" + profile_dir,
                "--window-size=1280,1000", "--lang=id"]:
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)


def full_page_screenshot(driver, path, width):
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, max(600, height + 140))
    time.sleep(0.3)
    driver.save_screenshot(path)
    print("screenshot: " + path)


def main():
    santun, artifacts = sys.argv[1], sys.argv[2]
    os.makedirs(artifacts, exist_ok=True)
    server, port = start_server(santun)
    base = f"http://127.0.0.1:{port}"
    profile_dir = tempfile.mkdtemp(prefix="santun-chromium-")
    driver = None
    try:
        driver = make_driver(profile_dir)
        driver.execute_cdp_cmd("Browser.grantPermissions", {
            "origin": base, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
        wait = WebDriverWait(driver, 20)
        driver.get(base + "/")
        check(driver.title.startswith("santun"), "the page loads")
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#rule-list li")) > 0)
        rules = driver.find_elements(By.CSS_SELECTOR, "#rule-list li")
        check(len(rules) > 20, f"the rule browser lists the rules ({len(rules)})")

        # The interface follows the browser's language (English here); a
        # collector switches to Indonesian.
        driver.find_element(By.ID, "ui-id").click()
        check(driver.find_element(By.ID, "list-title").text == "Temuan", "the interface switches to Indonesian")
        draft = driver.find_element(By.ID, "draft")
        draft.send_keys(SEED_FAILING)
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#highlighted mark")) > 0)
        expected = post(base, "/v1/check", {"text": SEED_FAILING, "lang": "auto", "profile": "auto", "mode": "send"})
        diags = expected["files"][0]["messages"][0]["diagnostics"]
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#diagnostics li")) == len(diags))
        items = driver.find_elements(By.CSS_SELECTOR, "#diagnostics li")
        check([i.get_attribute("data-rule") for i in items] == [d["rule"] for d in diags],
              "the side list has every diagnostic, in order")
        marks = driver.find_elements(By.CSS_SELECTOR, "#highlighted mark")
        marked = "".join(re.sub("[▲✖●]", "", m.text) for m in marks)
        check("Bayar sekarang juga" in marked and "menagih" in marked, "the flagged text is highlighted")
        check(all("peringatan: " in m.get_attribute("aria-label") for m in marks)
              and driver.find_elements(By.CSS_SELECTOR, "#highlighted mark.warning .sym"),
              "highlights carry a severity symbol and name, not colour alone")
        check(re.sub("[▲✖●]", "", driver.find_element(By.ID, "highlighted").text) == SEED_FAILING,
              "the highlighted message is the message")
        first_item = items[0].text
        check("Mengapa:" in first_item and "Rujukan:" in first_item, "each finding says why, with references")

        # Keyboard: Tab reaches a highlight; focus shows its message.
        driver.execute_script("document.getElementById('draft').focus()")
        for _ in range(40):  # Tab from the draft through the options to the first highlight
            driver.switch_to.active_element.send_keys(Keys.TAB)
            if driver.switch_to.active_element.tag_name == "mark":
                break
        check(driver.switch_to.active_element.tag_name == "mark", "Tab reaches the first highlight")
        tip = driver.find_element(By.ID, "tooltip")
        check(tip.is_displayed() and diags[0]["message"] in tip.text, "focus on a highlight shows its message")
        check(marks[0].get_attribute("tabindex") == "0", "highlights are in the tab order")
        driver.execute_script("document.activeElement.blur()")

        full_page_screenshot(driver, os.path.join(artifacts, "serve_page_before_fix.png"), 1280)

        # Apply the fix of the bare command.
        target = next(d for d in diags if d["rule"] == FIX_RULE)
        fixed_text = apply_edits(SEED_FAILING, target["fixes"][0]["edits"])
        button = driver.find_element(By.CSS_SELECTOR, f'#diagnostics li[data-rule="{FIX_RULE}"] button.fix')
        button.click()
        wait.until(lambda d: d.find_element(By.ID, "draft").get_attribute("value") == fixed_text)
        check(True, "applying the fix gives: " + fixed_text)
        wait.until(lambda d: not any(i.get_attribute("data-rule") == FIX_RULE
                                     for i in d.find_elements(By.CSS_SELECTOR, "#diagnostics li")))
        check(True, "the fixed diagnostic is gone after the re-check")

        # The whole polite rewrite, copied.
        rewrite = post(base, "/v1/rewrite", {"text": fixed_text, "lang": "auto", "profile": "auto", "mode": "send"})
        wait.until(lambda d: d.find_element(By.ID, "rewrite-text").get_attribute("value") == rewrite["rewrite"])
        check(True, "the rewrite box shows the polite rewrite")
        driver.find_element(By.ID, "copy-button").click()
        wait.until(EC.text_to_be_present_in_element((By.ID, "copy-status"), "disalin"))
        clip = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "navigator.clipboard.readText().then(done, e => done('ERROR ' + e));")
        check(clip == rewrite["rewrite"], "the clipboard holds the rewrite")
        # Pasted back as a person would: the draft becomes the rewrite, which has no errors.
        draft = driver.find_element(By.ID, "draft")
        draft.send_keys(Keys.CONTROL, "a")
        draft.send_keys(Keys.CONTROL, "v")
        wait.until(lambda d: d.find_element(By.ID, "draft").get_attribute("value") == rewrite["rewrite"])
        check(True, "pasting the rewrite into the draft works")
        # Its placeholders are for a template: in template mode it has no errors.
        from selenium.webdriver.support.ui import Select
        Select(driver.find_element(By.ID, "mode")).select_by_value("template")
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#summary") and
                   "0 galat" in d.find_element(By.ID, "summary").text or
                   "Tidak ada temuan" in d.find_element(By.ID, "summary").text)
        check(not driver.find_elements(By.CSS_SELECTOR, "#highlighted mark.error"),
              "the rewrite has no errors in template mode")
        Select(driver.find_element(By.ID, "mode")).select_by_value("send")
        # Back to the failing example, fixed, for the screenshot.
        driver.execute_script("const a = document.getElementById('draft'); a.value = arguments[0];"
                              "a.dispatchEvent(new Event('input'));", SEED_FAILING)
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#diagnostics li")) == len(diags))
        wait.until(lambda d: d.find_element(By.ID, "rewrite-text").get_attribute("value") != "")
        full_page_screenshot(driver, os.path.join(artifacts, "serve_page.png"), 1280)

        # English interface.
        driver.find_element(By.ID, "ui-en").click()
        check(driver.find_element(By.ID, "check-button").text == "Check", "buttons are translated too")
        check(driver.find_element(By.ID, "list-title").text == "Findings", "the interface switches to English")
        check(driver.find_element(By.CSS_SELECTOR, "html").get_attribute("lang") == "en", "html lang follows")
        driver.find_element(By.ID, "ui-id").click()

        # Phone width: nothing wider than the screen.
        driver.set_window_size(390, 844)
        time.sleep(0.3)
        overflow = driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        check(overflow <= 0, f"no horizontal scrolling at phone width (overflow {overflow}px)")
        full_page_screenshot(driver, os.path.join(artifacts, "serve_page_phone.png"), 390)

        # The rule browser filters and links to the rule pages.
        driver.set_window_size(1280, 1000)
        rule_filter = driver.find_element(By.ID, "rule-filter")
        rule_filter.send_keys("accusation")
        visible = [li for li in driver.find_elements(By.CSS_SELECTOR, "#rule-list li") if li.is_displayed()]
        check([li.get_attribute("data-rule") for li in visible] == ["abuse.accusation"], "the rule filter works")
        driver.get(base + "/rules/abuse.accusation")
        check(driver.find_element(By.TAG_NAME, "h1").text == "abuse.accusation", "a rule page opens")
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(profile_dir, ignore_errors=True)
    passed = 0 if FAILURES else 1
    print(f"{passed} passed, {1 - passed} failed")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
