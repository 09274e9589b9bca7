/// The HTML report's style sheet, inline in the page.
///
/// The page is at most 1,320 px of content and never wider than the window: wide things (the
/// calendar, tables) shrink, reflow or scroll inside their own box. Below 1,100 px and in print the
/// calendar switches to its half-year parts; print keeps colours, unfolds the statistics and hides
/// the contents.
enum HTMLStyle {
    static let css = """

        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0 auto; max-width: 1368px; padding: 20px 24px 40px; color: #1d2430; background: #fff; font-size: 15px; line-height: 1.4; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        h1 { font-size: 26px; margin: 0 0 4px; overflow-wrap: anywhere; }
        h2 { font-size: 20px; margin: 28px 0 6px; border-bottom: 2px solid #e3e6ea; padding-bottom: 4px; }
        summary h2 { display: inline; border: 0; }
        summary { cursor: pointer; margin: 28px 0 6px; border-bottom: 2px solid #e3e6ea; padding-bottom: 4px; }
        .subtitle { color: #555; margin: 0; }
        .note { color: #555; margin: 4px 0 10px; font-size: 14px; }
        nav ul { list-style: none; padding: 0; margin: 12px 0 0; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 14px; }
        nav a { color: #1f4e79; }
        code { font-size: 13px; background: #f3f4f6; padding: 1px 4px; border-radius: 3px; overflow-wrap: anywhere; }
        .verdict { font-size: 17px; font-weight: 600; padding: 10px 14px; border-radius: 6px; margin: 8px 0 8px; }
        .verdict.good { background: #e8f5e9; color: #1b5e20; }
        .verdict.bad { background: #ffebee; color: #b71c1c; }
        ul.facts { margin: 0; padding-left: 22px; }
        ul.facts li { margin: 2px 0; }
        ul.warnings { margin: 0; padding-left: 22px; }
        ul.warnings li { margin: 3px 0; }
        .rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; background: #fff3e0; color: #8a4b00; border: 1px solid #f0c38a; border-radius: 3px; padding: 0 4px; margin-right: 4px; white-space: nowrap; }
        table { border-collapse: collapse; font-size: 14px; }
        th, td { padding: 3px 8px; border-bottom: 1px solid #e3e6ea; text-align: left; vertical-align: top; }
        thead th { background: #f3f4f6; font-weight: 600; vertical-align: bottom; }
        tbody th { font-weight: 600; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .n { text-align: right; }
        .group { text-align: center; border-bottom: 1px solid #cfd4da; }
        .ok { color: #2e7d32; }
        .off { color: #c62828; font-weight: 600; }
        .scroll { max-width: 100%; overflow-x: auto; }
        table.people { font-size: 13px; }
        table.people th, table.people td { padding: 3px 6px; }
        table.people thead th { font-size: 12px; }
        table.bars { width: 100%; }
        table.bars th, table.bars td { border: 0; padding: 1px 8px; vertical-align: middle; }
        table.bars thead th { background: none; font-weight: 400; color: #666; font-size: 12px; }
        table.bars tbody th { white-space: normal; font-size: 14px; color: #1d2430; }
        table.bars td.bar { width: 60%; min-width: 120px; }
        table.bars td.figure { font-size: 13px; white-space: nowrap; }
        table.bars tr.ok td.figure { color: #2e7d32; }
        table.bars tr.off td.figure { color: #c62828; font-weight: 600; }
        .axis { position: relative; height: 16px; }
        .axis span { position: absolute; top: 0; transform: translateX(-50%); }
        .axis span.first { transform: none; }
        .axis span.last { transform: translateX(-100%); }
        .track { position: relative; height: 16px; background: repeating-linear-gradient(90deg, #eef0f3 0 1px, transparent 1px 100%); }
        .fill { position: absolute; left: 0; top: 2px; bottom: 2px; border-radius: 3px; background: #4f8f5a; }
        tr.off .fill { background: #c62828; }
        .share { position: absolute; top: 0; bottom: 0; width: 3px; margin-left: -1.5px; background: #111; }
        svg.chart { display: block; max-width: 100%; height: auto; margin: 4px 0 10px; }
        .chart-parts.narrow { display: none; }
        ul.legend { list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 13px; color: #444; }
        ul.legend li { display: flex; align-items: center; gap: 6px; }
        svg.swatch { flex: none; }
        table.holidays tr.own-week td, table.holidays tr.own-week th { background: #fff3e0; }
        .tag { font-size: 12px; color: #8a4b00; white-space: nowrap; }
        .quarters { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 560px), 1fr)); gap: 12px 20px; align-items: start; }
        table.weeks { width: 100%; font-size: 12px; table-layout: fixed; }
        table.weeks th:nth-child(1) { width: 2.6em; }
        table.weeks th:nth-child(2) { width: 4.4em; }
        table.weeks th:last-child { width: 34%; }
        table.weeks.one-role th:last-child { width: 50%; }
        table.weeks th, table.weeks td { padding: 2px 4px; }
        table.weeks tr.holiday td { background: #fff3e0; }
        table.weeks td.mark { color: #8a1c1c; font-weight: 600; }
        table.ownership tr.investors td, table.ownership tr.investors th { background: #f3f6fd; }
        .runbooks { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 400px), 1fr)); gap: 12px 20px; align-items: start; }
        article.runbook { border: 1px solid #e3e6ea; border-radius: 6px; padding: 8px 14px; break-inside: avoid; }
        article.runbook h3 { font-size: 16px; margin: 4px 0 2px; }
        article.runbook h4 { font-size: 14px; margin: 8px 0 2px; color: #444; }
        article.runbook p, article.runbook ol { margin: 2px 0; font-size: 14px; }
        article.runbook ol { padding-left: 22px; }
        .owners { color: #555; }
        ol.risks { margin: 0; padding-left: 24px; }
        ol.risks li { margin: 4px 0; }
        ol.risks li p { margin: 1px 0 0; }
        .role-title { display: block; font-weight: 400; font-size: 12px; color: #555; }
        dl.definitions { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: 14px; margin: 8px 0 12px; }
        dl.definitions dt { font-weight: 600; }
        dl.definitions dd { margin: 0; }
        footer { margin-top: 32px; color: #777; font-size: 12px; }
        @media (max-width: 1099px) {
          .chart-parts.wide { display: none; }
          .chart-parts.narrow { display: block; }
          table.people, table.holidays, table.ownership { font-size: 12px; }
          table.people th, table.people td { padding: 2px 4px; }
        }
        @media (max-width: 700px) {
          body { padding: 12px 10px 28px; font-size: 14px; }
          table.bars td.figure { white-space: normal; }
          dl.definitions { grid-template-columns: 1fr; }
        }
        @media print {
          @page { margin: 12mm; }
          body { max-width: none; padding: 0; font-size: 11pt; }
          nav { display: none; }
          h2 { break-after: avoid; }
          tr, svg.chart, ul.legend { break-inside: avoid; }
          .scroll { overflow: visible; }
          .chart-parts.wide { display: none; }
          .chart-parts.narrow { display: block; }
          details::details-content { content-visibility: visible; display: block; }
          summary { list-style: none; }
          .quarters { grid-template-columns: 1fr 1fr; }
          table.people, table.holidays, table.ownership, table.statistics { font-size: 9pt; }
          table.people th, table.people td { padding: 1px 3px; }
        }

        """
}
