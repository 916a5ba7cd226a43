/**
 * parse5 with cheaper source locations. parse5 gives every element `{ ...startTagLocation, startTag }`: the spread of
 * a location whose shape varies (start tags with attributes carry an `attrs` map) was half of all parse time. Here an
 * element gets a location of one fixed shape, with the same offsets, lines and columns, and without `attrs`, which
 * the adapter never reads. The tree itself is parse5's, untouched.
 */
import {
  defaultTreeAdapter,
  parse,
  Parser,
  type DefaultTreeAdapterMap,
  type DefaultTreeAdapterTypes,
  type Token,
  type TreeAdapter,
} from 'parse5';

type Attach = Parser<DefaultTreeAdapterMap>['_attachElementToTree'];

/**
 * parse5 gives an element a location object of its own (never a token's), and replaces it by a spread copy when the
 * end tag is met: updating it in place is the same result without the copy. A text node's location may be a token's,
 * shared, so it is copied as parse5 does.
 */
const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  updateNodeSourceCodeLocation(node, endLocation) {
    const location = node.sourceCodeLocation;
    if (location && 'tagName' in node) Object.assign(location, endLocation);
    else defaultTreeAdapter.updateNodeSourceCodeLocation(node, endLocation);
  },
};

/** parse5's parser, but an element's location is built field by field instead of by a spread. */
class LeanLocationParser extends Parser<DefaultTreeAdapterMap> {
  override _attachElementToTree(...[element, location, insertion]: Parameters<Attach>): void {
    // parse5 inserts the element (its own rules); the location it sets to null is then replaced.
    super._attachElementToTree(element, null, insertion);
    if (location && this.options.sourceCodeLocationInfo) {
      this.treeAdapter.setNodeSourceCodeLocation(element, leanLocation(location));
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

/** `_attachElementToTree` is internal to parse5: should a new version drop it, fall back to the plain parser. */
const canOverride = typeof (Parser.prototype as Partial<Parser<DefaultTreeAdapterMap>>)._attachElementToTree === 'function';

/** Parses a page as parse5's `parse` does; with `locations`, nodes carry `sourceCodeLocation` offsets. */
export function parsePage(html: string, locations: boolean): DefaultTreeAdapterTypes.Document {
  const options = { sourceCodeLocationInfo: locations, treeAdapter };
  return locations && canOverride ? LeanLocationParser.parse<DefaultTreeAdapterMap>(html, options) : parse(html, options);
}
