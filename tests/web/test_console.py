"""The web console end to end in headless Chromium (Debian's `chromium`, driven by Playwright) against the
real service on loopback. Screenshots are kept under out/test-artifacts/ for a human to look at."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[2] / "out" / "test-artifacts"
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci installs it)")]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory):
    import uvicorn

    from serving.api import create_app
    from serving.config import Settings
    from serving.keys import create_key
    from serving.services import Services

    settings = Settings(home=tmp_path_factory.mktemp("home"), rate_limit_per_minute=6000)
    services = Services(settings)
    keys = {scope: create_key(services.store, scope, f"web-{scope}") for scope in ("agent", "qa")}
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings, services), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(600):
        if server.started:
            break
        time.sleep(0.2)
    assert server.started, "the service did not start"
    yield f"http://127.0.0.1:{port}", keys
    server.should_exit = True
    thread.join(30)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()


def test_agent_page_scores_highlights_pii_and_drafts(served, browser) -> None:
    from playwright.sync_api import expect

    base, keys = served
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{base}/agent")
    page.fill("#key", keys["agent"])
    post = "My parcel never arrived and nobody answers!! Email me at jane.doe@example.com please"
    page.fill("#text", post)
    page.fill("#brand", "Parcelo")
    page.fill("#k", "3")
    page.press("#text", "Control+Enter")  # keyboard path, no mouse
    page.wait_for_selector(".draft", timeout=60_000)
    page.screenshot(path=str(ARTIFACTS / "agent.png"), full_page=True)

    marks = page.locator("#scores mark")
    assert marks.count() >= 1 and "jane.doe@example.com" in marks.all_inner_texts()
    assert marks.first.get_attribute("title") == "EMAIL_ADDRESS" and marks.count() == 1
    assert "move private" in page.inner_text("#scores")
    drafts = page.locator(".draft p[id]").all_inner_texts()
    assert len(drafts) == 3 and len(set(drafts)) == 3
    assert all("jane.doe@example.com" not in d for d in drafts)  # never echoed in a public reply
    page.locator("[data-copy]").first.focus()
    page.keyboard.press("Enter")  # buttons work from the keyboard
    expect(page.locator("[data-copy]").first).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == drafts[0]
    context.close()


def test_agent_page_shows_a_readable_error_for_a_wrong_key(served, browser) -> None:
    base, _ = served
    page = browser.new_page()
    page.goto(f"{base}/agent")
    page.fill("#key", "rw_not_a_key")
    page.fill("#text", "where is my order?")
    page.click("#go")
    error = page.wait_for_selector(".err", timeout=30_000)
    assert "key" in error.inner_text().lower()
    page.close()


def test_qa_page_uploads_watches_progress_and_filters_the_report(served, browser, tmp_path: Path) -> None:
    base, keys = served
    rows = [{"id": "ok-1", "post": "Thanks, the new app update is great!", "brand": "Nimbus", "channel": "twitter",
             "reply": "So glad you like it, Sam! Tell us if anything feels off and we'll pass it on."},
            {"id": "leak-1", "post": "my card 4111 1111 1111 1111 was charged twice", "brand": "Nimbus",
             "channel": "twitter", "public": True,
             "reply": "Your card 4111 1111 1111 1111 was charged twice, we will refund it."},
            {"id": "cold-1", "post": "Still no refund after 3 weeks, this is ridiculous", "brand": "Nimbus",
             "channel": "twitter", "reply": "Please contact the billing department."}]
    upload = tmp_path / "conversations.jsonl"
    upload.write_text("\n".join(json.dumps(r) for r in rows) + "\n{not json\n", encoding="utf-8")

    page = browser.new_page()
    page.goto(f"{base}/qa")
    page.fill("#key", keys["qa"])
    page.set_input_files("#file", str(upload))
    page.click("button[type=submit]")
    page.wait_for_selector("iframe", timeout=120_000)
    status = page.inner_text("#status")
    assert "3 / 3 audited" in status and "1 line(s) skipped" in status

    frame = page.frame_locator("iframe")
    frame.locator("#rows tbody tr").first.wait_for(timeout=30_000)
    assert frame.locator("#rows tbody tr").count() == 3
    frame.locator("#verdict-filter").select_option("fail")
    visible = frame.locator("#rows tbody tr:not([hidden])")
    assert visible.count() >= 1
    assert set(visible.locator("td:nth-child(2)").all_inner_texts()) == {"fail"}
    assert "leak-1" in visible.locator("td:first-child").all_inner_texts()
    page.screenshot(path=str(ARTIFACTS / "qa.png"), full_page=True)
    page.close()


def test_the_api_docs_render_without_internet(served, browser) -> None:
    """Swagger UI comes from the service itself, so /docs lists the operations on a machine with no internet."""
    base, _ = served
    page = browser.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base) else route.abort())
    page.goto(f"{base}/docs")
    page.wait_for_selector(".opblock", timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "docs.png"))
    assert "/v1/analyze" in page.inner_text("body")
    page.close()
