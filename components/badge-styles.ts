// The in-page UI's only stylesheet. It lives inside each shadow root, so the page's CSS cannot reach it and it
// cannot reach the page. Colours stay legible on white and dark pages alike (the badge draws its own background).
export const BADGE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.jf { position: relative; z-index: 2147483000; display: inline-block; font: 12px/1.35 ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1c2026; text-align: left; vertical-align: middle; }
.jf.open { z-index: 2147483647; }
.pill { display: inline-flex; align-items: center; gap: 6px; max-width: 520px; padding: 1px 8px 1px 2px; border: 1px solid #d0d5dc;
  border-radius: 999px; background: #fff; color: #1c2026; font: inherit; cursor: pointer; white-space: nowrap; overflow: hidden; }
.pill:focus-visible { outline: 2px solid #2f5bd3; outline-offset: 1px; }
.score { display: inline-block; min-width: 26px; padding: 0 5px; border-radius: 999px; color: #fff; font-weight: 700; text-align: center; }
.match .score { background: #1b7a48; } .maybe .score { background: #a16400; } .skip .score { background: #6b7280; }
.verdict { font-weight: 600; } .match .verdict { color: #1b7a48; } .maybe .verdict { color: #8a5a00; } .skip .verdict { color: #5d6672; }
.reasons { color: #4a525c; overflow: hidden; text-overflow: ellipsis; }
.yes { color: #1b7a48; } .no { color: #b42332; }
.note { padding: 1px 8px; } .error .note { color: #b42332; } .pending .note { color: #5d6672; }
.panel { position: absolute; z-index: 2147483646; top: calc(100% + 4px); left: 0; width: 380px; max-height: 60vh; overflow: auto;
  padding: 10px 12px; border: 1px solid #c9ced6; border-radius: 8px; background: #fff; color: #1c2026;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); white-space: normal; }
:host([data-floating]) .panel { left: auto; right: 0; }
.panel h2 { margin: 0 0 6px; font-size: 13px; font-weight: 700; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li { padding: 4px 0; border-top: 1px solid #eef0f3; }
.crit { display: flex; justify-content: space-between; gap: 8px; font-weight: 600; }
.pts { color: #5d6672; font-weight: 400; font-variant-numeric: tabular-nums; }
.evidence { margin-top: 2px; color: #4a525c; font-style: italic; overflow-wrap: anywhere; }
.silent { color: #8a929c; font-weight: 400; }
.conflicts { margin: 6px 0 0; padding: 6px 8px; border-radius: 6px; background: #fbf0d9; color: #6b4700; }
.contact { display: inline-block; margin-top: 8px; padding: 4px 10px; border-radius: 6px; background: #2f5bd3; color: #fff; text-decoration: none; font-weight: 600; }
.contact:focus-visible { outline: 2px solid #1c2026; outline-offset: 1px; }
.bar { display: flex; align-items: center; gap: 8px; padding: 4px 6px 4px 10px; border: 1px solid #c9ced6; border-radius: 999px;
  background: #fff; color: #1c2026; box-shadow: 0 2px 10px rgba(0,0,0,.15); white-space: nowrap; }
.bar strong { color: #1b7a48; }
.bar button, .bar label { font: inherit; color: inherit; }
.bar button { padding: 1px 8px; border: 1px solid #c9ced6; border-radius: 999px; background: #f6f7f9; cursor: pointer; }
.bar button:focus-visible, .bar input:focus-visible { outline: 2px solid #2f5bd3; }
.bar .muted { color: #5d6672; }
`;
