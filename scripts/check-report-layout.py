#!/usr/bin/env python3
"""Checks the layout of Rota's HTML report in headless Chromium, at several team sizes and widths.

    scripts/check-report-layout.py [--people 4,20,50,100] [--widths 1400,800] [--out out/report-layout]
                                   [--html FILE ...] [--no-generate]

For each team size it generates a team (`rota generate`), plans it (`rota plan`), writes the
report (`rota report PLAN.json --scenario TEAM.yaml --format html`), then opens the page in headless
Chromium at each window width and in print media, and runs a script in the page that checks:

- the page is no wider than the window (`document.documentElement.scrollWidth <= innerWidth`);
- no SVG `<text>` element's bounding box falls outside its SVG's viewport (no label is cut);
- no SVG text is drawn smaller than 7 px after the chart scales to the window;
- no figure (`.num` cell) wraps onto a second line;
- at the widest width, no box scrolls sideways either (at narrower widths a wide table may scroll
  inside its own box; those are listed).

`--html FILE` adds pages that exist already. Screenshots (full page) go to OUT as
`report-{N}p-{W}.png` and `report-{N}p-print.png`, with a `layout.json` of every result. Talks to
Chromium over `--remote-debugging-pipe` (the DevTools protocol on file descriptors 3 and 4), so it
needs nothing beyond Python and Chromium. Exits 1 when a check fails, 2 when something is missing.

Environment: ROTA (the rota binary; default .build/debug/rota, else .build/release/rota), CHROMIUM.
"""

import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# How each team is generated: a 52-week year; two roles from 20 people (two roles need more
# than four people to keep a gap between one's weeks), few pipelines so that planning 100 people
# stays quick in a debug build. One name is made long on purpose, to test labels that must fit.
TEAMS = {
    4: ["--people", "4", "--roles", "1", "--pipelines", "8"],
    20: ["--people", "20", "--roles", "2", "--pipelines", "12"],
    50: ["--people", "50", "--roles", "2", "--pipelines", "16"],
    100: ["--people", "100", "--roles", "2", "--pipelines", "20"],
}
LONG_NAME = "Maximiliana Fernández-Oppenheimer de la Cruz"

CHECK = r"""
(() => {
  const problems = [], notes = [];
  const width = window.innerWidth;
  const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (el.classList.length ? '.' + [...el.classList].join('.') : '');
  const page = document.documentElement.scrollWidth;
  if (page > width) {
    problems.push(`the page is ${page}px wide in a ${width}px window`);
    let listed = 0;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width && r.right > width + 0.5 && listed++ < 8) problems.push(`  ${describe(el)} reaches ${Math.round(r.right)}px`);
    }
  }
  let texts = 0, smallest = Infinity, svgs = 0;
  for (const svg of document.querySelectorAll('svg')) {
    if (!svg.getClientRects().length) continue;  // not shown at this width
    svgs++;
    const box = svg.getBoundingClientRect();
    const viewBox = svg.viewBox && svg.viewBox.baseVal;
    const scale = viewBox && viewBox.width ? box.width / viewBox.width : 1;
    for (const t of svg.querySelectorAll('text')) {
      texts++;
      const r = t.getBoundingClientRect();
      const label = [...t.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('');
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
        problems.push(`SVG text "${label}" [${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.top)}–${Math.round(r.bottom)}] ` +
                      `falls outside its SVG [${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)}]`);
      }
      const size = parseFloat(t.getAttribute('font-size') || '16') * scale;
      smallest = Math.min(smallest, size);
      if (size < 7) problems.push(`SVG text "${label}" is drawn at ${size.toFixed(1)}px`);
    }
  }
  let wrapped = 0;
  for (const el of document.querySelectorAll('.num')) {
    if (!el.getClientRects().length) continue;
    const range = document.createRange();
    range.selectNodeContents(el);
    const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
    if (lines.size > 1 && wrapped++ < 8) problems.push(`the figure "${el.textContent}" in ${describe(el)} wraps onto ${lines.size} lines`);
  }
  for (const el of document.querySelectorAll('.scroll')) {
    if (el.scrollWidth > el.clientWidth + 1) {
      const where = describe(el.closest('section') || el);
      (width >= 1400 ? problems : notes).push(`${where} scrolls sideways in its own box (${el.scrollWidth}px in ${el.clientWidth}px)`);
    }
  }
  return {width, pageWidth: page, height: document.documentElement.scrollHeight, svgs, texts,
          smallestText: texts ? Math.round(smallest * 10) / 10 : null, problems, notes};
})()
"""


class Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe (fds 3 and 4)."""

    def __init__(self, binary, profile):
        to_child_read, self._write = os.pipe()
        self._read, from_child_write = os.pipe()

        def arrange():  # in the child: the pipe's ends on fds 3 and 4, kept open across exec
            read_end, write_end = os.dup(to_child_read), os.dup(from_child_write)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--remote-debugging-pipe",
             f"--user-data-dir={profile}", "--no-first-run", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=arrange, close_fds=False)
        os.close(to_child_read)
        os.close(from_child_write)
        self._buffer = b""
        self._next = 0
        self.events = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)

    def _message(self):
        while b"\0" not in self._buffer:
            chunk = os.read(self._read, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, session=False, **params):
        self._next += 1
        message = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._message()
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, event):
        while True:
            for index, seen in enumerate(self.events):
                if seen.get("method") == event:
                    del self.events[index]
                    return seen
            self.events.append(self._message())

    def open(self, path, width, media=""):
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=width, height=900, deviceScaleFactor=1, mobile=False)
        self.call("Emulation.setEmulatedMedia", session=True, media=media)
        self.events.clear()
        self.call("Page.navigate", session=True, url=Path(path).resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"the check script failed: {result['exceptionDetails']}")
        return result["result"]["value"]

    def screenshot(self, out, width, height, top=0):
        data = self.call("Page.captureScreenshot", session=True, format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": top, "width": width, "height": height, "scale": 1})["data"]
        Path(out).write_bytes(base64.b64decode(data))

    def pdf(self, out):
        data = self.call("Page.printToPDF", session=True, printBackground=True, preferCSSPageSize=True)["data"]
        Path(out).write_bytes(base64.b64decode(data))

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def find_rota():
    if os.environ.get("ROTA"):
        return os.environ["ROTA"]
    for candidate in (".build/debug/rota", ".build/release/rota"):
        if os.access(ROOT / candidate, os.X_OK):
            return str(ROOT / candidate)
    sys.exit("check-report-layout: no rota binary; run swift build first, or set ROTA")


def find_chromium():
    for candidate in [os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"]:
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    print("check-report-layout: no Chromium found (apt-get install -y chromium, or set CHROMIUM)", file=sys.stderr)
    sys.exit(2)


def make_report(rota, people, out):
    """Generates, plans and reports a team of `people`; the plan is kept while the team's YAML is unchanged."""
    yaml_path, plan_path, html_path = out / f"team-{people}p.yaml", out / f"plan-{people}p.json", out / f"report-{people}p.html"
    generated = subprocess.run([rota, "generate", *TEAMS[people], "--weeks", "52", "--seed", "1"], check=True, capture_output=True, text=True).stdout
    if people >= 50:  # a long name, with an accent, where the first person was
        first = next(line.split("name:", 1)[1].strip().strip(",}") for line in generated.splitlines() if "name:" in line)
        generated = generated.replace(first, LONG_NAME)
    if not (yaml_path.exists() and yaml_path.read_text() == generated and plan_path.exists()):
        yaml_path.write_text(generated)
        subprocess.run([rota, "plan", str(yaml_path), "-o", str(plan_path)], check=True)
    subprocess.run([rota, "report", str(plan_path), "--scenario", str(yaml_path), "--format", "html", "-o", str(html_path)], check=True)
    return html_path


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", default="4,20,50,100")
    parser.add_argument("--widths", default="1400,800")
    parser.add_argument("--out", default="out/report-layout")
    parser.add_argument("--html", action="append", default=[], help="an HTML report to check as well")
    parser.add_argument("--no-generate", action="store_true", help="check only the --html pages")
    parser.add_argument("--no-print", action="store_true", help="skip the print-media check and PDF")
    parser.add_argument("--tiles", type=int, default=0, metavar="PX",
                        help="also write the page in tiles PX tall (report-…-1400-01.png, …), easier to look at than one long image")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    widths = [int(w) for w in args.widths.split(",")]

    pages = []
    if not args.no_generate:
        rota = find_rota()
        for people in [int(n) for n in args.people.split(",")]:
            if people not in TEAMS:
                sys.exit(f"check-report-layout: no team of {people} people defined (choose from {sorted(TEAMS)})")
            pages.append((f"{people}p", make_report(rota, people, out)))
    pages += [(Path(path).stem, Path(path)) for path in args.html]

    results, failed = [], False
    with tempfile.TemporaryDirectory() as profile:
        browser = Browser(find_chromium(), profile)
        try:
            for name, path in pages:
                views = [(str(width), width, "") for width in widths]
                if not args.no_print:
                    views.append(("print", 700, "print"))  # A4 with 12 mm margins is about 700 CSS px
                for label, width, media in views:
                    browser.open(path, width, media)
                    result = browser.evaluate(CHECK)
                    shot = out / f"report-{name}-{label}.png"
                    browser.screenshot(shot, width, result["height"])
                    for number, top in enumerate(range(0, result["height"], args.tiles or result["height"] + 1), start=1):
                        if args.tiles:
                            tile = out / f"report-{name}-{label}-{number:02}.png"
                            browser.screenshot(tile, width, min(args.tiles, result["height"] - top), top)
                    result.update(page=str(path), view=label, screenshot=str(shot))
                    results.append(result)
                    status = "FAIL" if result["problems"] else "ok"
                    print(f"{status:4} {name:>6} {label:>5}: page {result['pageWidth']}px in {width}px, {result['height']}px tall, "
                          f"{result['texts']} SVG labels in {result['svgs']} SVGs (smallest {result['smallestText']}px) → {shot}")
                    for problem in result["problems"]:
                        print(f"       {problem}")
                    for note in result["notes"]:
                        print(f"       note: {note}")
                    failed = failed or bool(result["problems"])
                if not args.no_print:
                    browser.open(path, 700, "print")
                    browser.pdf(out / f"report-{name}.pdf")
        finally:
            browser.close()
    (out / "layout.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"check-report-layout: {len(results)} views of {len(pages)} pages, {'FAILED' if failed else 'all within bounds'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
