// Which elements are a page's components, and which of their attributes are text the page shows. Data, kept apart from the
// walk: a UI library's or a framework's component (vux's <cell title="参考费率" inline-desc="≤3%">, a React FAQ item's
// <Condition title="…" more="…">, <md-cell-item brief="…">) shows the copy its attributes hold; an attribute that is code,
// an address, a style or a hint for what to type is not what the reader is told.

/**
 * The elements of HTML (and of the SVG and MathML a page inlines, and the obsolete ones old pages still write): an element
 * not named here, and one written hyphenated or capitalised (<md-cell-item>, <Popup>), is a component.
 */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set(('a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink ' +
  'blockquote body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed ' +
  'fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe image img input ins ' +
  'isindex kbd keygen label legend li link listing main map mark marquee menu menuitem meta meter multicol nav nextid nobr noembed noframes ' +
  'noscript object ol optgroup option output p param picture plaintext pre progress q rb rp rt rtc ruby s samp script search section select ' +
  'slot small source spacer span strike strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track tt ' +
  'u ul var video wbr xmp svg math g path rect circle ellipse line polyline polygon text tspan textpath defs use symbol lineargradient ' +
  'radialgradient stop clippath mask pattern filter foreignobject desc metadata marker mi mo mn ms mtext mrow mfrac msqrt msup msub').split(' '));

/** attributes that are not shown text, whatever they hold: identity, style, addresses, slots, input hints, image fallbacks */
export const UNSHOWN_ATTRIBUTES: ReadonlySet<string> = new Set(['class', 'classname', 'id', 'style', 'key', 'ref', 'slot', 'name', 'type',
  'src', 'href', 'url', 'to', 'path', 'icon', 'img', 'image', 'for', 'lang', 'width', 'height', 'mode', 'color', 'size', 'theme', 'target',
  'rel', 'action', 'method', 'placeholder', 'alt', 'role', 'tabindex', 'is', 'xmlns']);

/**
 * attribute names that are code (a binding :title, v-bind:, an event @click, on…, bind…/catch… of a mini-program, a
 * directive v-if, wx:if, a slot #default, a data-* or aria-* for scripts and screen readers)
 */
export const UNSHOWN_ATTRIBUTE_NAME = /^(?:[:@#]|v-|wx:|s-|a:|tt:|bind|catch|on[a-z]|data-|aria-|xmlns)/i;
