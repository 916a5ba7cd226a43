/**
 * parse5 with cheaper source locations. parse5 gives every element `{ ...startTagLocation, startTag }`: the spread of
 * a location whose shape varies (start tags with attributes carry an `attrs` map) was half of all parse time. Here an
 * element gets a location of one fixed shape, with the same offsets, lines and columns, and without `attrs`, which
 * the adapter never reads; its end is written in place, and text nodes are extended in place. The tokenizer records
 * no location per attribute. The tree itself, its attributes and every offset the adapter reads are parse5's.
 */
import {
  defaultTreeAdapter,
  parse,
  Parser,
  Token,
  Tokenizer,
  type DefaultTreeAdapterMap,
  type DefaultTreeAdapterTypes,
  type ParserOptions,
  type TreeAdapter,
} from 'parse5';

type Attach = Parser<DefaultTreeAdapterMap>['_attachElementToTree'];
type SetEnd = Parser<DefaultTreeAdapterMap>['_setEndLocation'];
/** What parse5 updates a location with: for a text node, the end of its latest token. */
type EndLocation = Partial<Token.ElementLocation>;

/**
 * The location of a text node that has grown past its first character token. parse5 copies the location by a spread
 * for every further token (a `<style>` sheet is one token per run of spaces or of other characters); a location of
 * this class belongs to its node alone, so the next token extends it in place.
 */
class TextLocation implements Token.Location {
  readonly startLine: number;
  readonly startCol: number;
  readonly startOffset: number;
  endLine: number;
  endCol: number;
  endOffset: number;

  constructor(first: Token.Location, end: EndLocation) {
    this.startLine = first.startLine;
    this.startCol = first.startCol;
    this.startOffset = first.startOffset;
    this.endLine = first.endLine;
    this.endCol = first.endCol;
    this.endOffset = first.endOffset;
    this.extend(end);
  }

  /** As parse5's spread: the fields given replace the old ones. */
  extend(end: EndLocation): void {
    this.endLine = end.endLine ?? this.endLine;
    this.endCol = end.endCol ?? this.endCol;
    this.endOffset = end.endOffset ?? this.endOffset;
  }
}

/**
 * parse5 gives an element a location object of its own (never a token's), so its end is set in place (see
 * LeanLocationParser). A text node's first location is its first token's, which may be shared: it is copied once,
 * into a TextLocation, and extended in place from then on.
 */
const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  updateNodeSourceCodeLocation(node, endLocation) {
    const location = node.sourceCodeLocation;
    if (location instanceof TextLocation) location.extend(endLocation);
    else if (location && !('tagName' in node)) node.sourceCodeLocation = new TextLocation(location, endLocation);
    else defaultTreeAdapter.updateNodeSourceCodeLocation(node, endLocation);
  },
};

/**
 * parse5's tokenizer without the location of each attribute: it builds a location object and a map entry for every
 * attribute of every tag, and the adapter reads none of them. Everything else, the attributes themselves included,
 * is parse5's own.
 */
class LeanAttributeTokenizer extends Tokenizer {
  protected override _createAttr(attrNameFirstCh: string): void {
    // parse5's own steps but the last, which starts the attribute's location.
    this._flushRun('');
    this.currentAttr = { name: attrNameFirstCh, value: '' };
  }
}

/** parse5's parser, but an element's location is built field by field instead of by spreads. */
class LeanLocationParser extends Parser<DefaultTreeAdapterMap> {
  constructor(options?: ParserOptions<DefaultTreeAdapterMap>) {
    super(options);
    // Replaced before any input: for a whole document, parse5's constructor leaves its tokenizer in the defaults.
    this.tokenizer = new LeanAttributeTokenizer(this.options, this);
  }

  override _attachElementToTree(...[element, location, insertion]: Parameters<Attach>): void {
    // parse5 inserts the element (its own rules); the location it sets to null is then replaced.
    super._attachElementToTree(element, null, insertion);
    if (location && this.options.sourceCodeLocationInfo) {
      this.treeAdapter.setNodeSourceCodeLocation(element, leanLocation(location));
    }
  }

  /**
   * The element's end as parse5 sets it, written into its own location: parse5 builds an end object and a spread copy
   * of the end tag's location for every element. The end tag's location is a token's that nothing changes once the
   * token is emitted, so it is kept as it is.
   */
  override _setEndLocation(...[element, closingToken]: Parameters<SetEnd>): void {
    const location = element.sourceCodeLocation;
    const end = closingToken.location;
    if (!location || !end) return;
    if (closingToken.type === Token.TokenType.END_TAG && closingToken.tagName === element.tagName) {
      location.endTag = end;
      location.endLine = end.endLine;
      location.endCol = end.endCol;
      location.endOffset = end.endOffset;
    } else {
      location.endLine = end.startLine;
      location.endCol = end.startCol;
      location.endOffset = end.startOffset;
    }
  }
}

function leanLocation(location: Token.Location): Token.ElementLocation {
  return {
    startLine: location.startLine,
    startCol: location.startCol,
    startOffset: location.startOffset,
    endLine: location.endLine,
    endCol: location.endCol,
    endOffset: location.endOffset,
    startTag: location,
  };
}

/** The methods overridden are internal to parse5: should a new version drop one, fall back to the plain parser. */
const canOverride =
  ['_attachElementToTree', '_setEndLocation'].every((name) => hasMethod(Parser.prototype, name)) &&
  ['_createAttr', '_flushRun'].every((name) => hasMethod(Tokenizer.prototype, name));

function hasMethod(prototype: object, name: string): boolean {
  return typeof (prototype as Record<string, unknown>)[name] === 'function';
}

/** Parses a page as parse5's `parse` does; with `locations`, nodes carry `sourceCodeLocation` offsets. */
export function parsePage(html: string, locations: boolean): DefaultTreeAdapterTypes.Document {
  const options = { sourceCodeLocationInfo: locations, treeAdapter };
  return locations && canOverride ? LeanLocationParser.parse<DefaultTreeAdapterMap>(html, options) : parse(html, options);
}
