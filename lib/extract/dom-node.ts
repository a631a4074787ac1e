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

/**
 * happy-dom 20 stops parsing at a <style> inside an <svg> (Indeed's preloader logo has one): the rest of the page is
 * lost. Browsers parse it fine; an icon's styles carry no posting data, so they are dropped before parsing.
 */
const SVG_WITH_STYLE = /<svg\b[^>]*>(?:(?!<\/svg>)[\s\S])*?<style\b[\s\S]*?<\/svg>/gi;

function withoutSvgStyles(html: string): string {
  return html.replace(SVG_WITH_STYLE, (svg) => svg.replace(/<style\b[\s\S]*?<\/style>/gi, ''));
}

/** A Document for the HTML, as if loaded at `url` (relative links resolve against it); scripts are not run. */
export function parseHtml(html: string, url: string): Document {
  const window = new Window({ url, settings });
  return new window.DOMParser().parseFromString(withoutSvgStyles(html), 'text/html') as unknown as Document;
}
