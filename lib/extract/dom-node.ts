// Parsing saved pages in Node (tests, the CLI, benchmarks) into the same Document API the content script sees.
import { Window } from 'happy-dom';

const settings = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
  navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
};

/** A Document for the HTML, as if loaded at `url` (relative links resolve against it); scripts are not run. */
export function parseHtml(html: string, url: string): Document {
  const window = new Window({ url, settings });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
