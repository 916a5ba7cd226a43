/**
 * Fifteen changes to pdf.js's worker code, made to its source text when the reader thread loads it. Five skip work
 * that only rendering needs (1, 2, 3, 13 and 15): the reader never draws a page, it takes the text content and the page's
 * ruling lines. The others make pdf.js cheaper without changing what it reads: its parser (4, 5, 10 and 12), its text
 * loop (6, 7 and 14), its font loading (8 and 9) and its inflating (11).
 *
 * 1. Type 3 fonts are loaded without turning their glyph programs into operator lists. A Type 3 glyph is a small
 *    content stream that draws the glyph, and pdf.js parses every one of them when it loads the font. Chromium
 *    prints CJK text with Type 3 fonts (140 subset fonts and 550 glyph programs in a four-page report), and parsing
 *    them was a third of the time spent reading such a file. Text content takes each glyph's code, Unicode value and
 *    width from the font dictionary. The one thing pdf.js takes from the glyph programs for text is a substitute font
 *    box, when the font declares none (FontBBox all zeros) or when a glyph's box is ten times larger than the declared
 *    one, so fonts without a FontBBox are still loaded in full. A font whose glyphs break its own declared FontBBox
 *    tenfold breaks PDF 32000-1 §9.6.5 ("if any element is nonzero, the font bounding box shall be accurate"); the
 *    item heights of its text then follow the declared box instead of pdf.js's guess.
 *
 * 2. Operator lists leave out the operators that set fonts and show text. The reader asks for a page's operator list
 *    only for its ruling lines, and only when patch 7 does not apply, and mapping every character to a glyph (and, for embedded fonts, compiling glyph
 *    outlines into paths) was a tenth of the time. They also leave out the operators that position text (Td, TD, Tm,
 *    T*): Chromium moves to every glyph with its own Td, two fifths of a page's operators. pdf.js's operator loop
 *    does nothing with these but add them to the list, and the reader reads none of them (only q, Q, cm, forms and
 *    paths). Nothing else in the list moves: a list asked for as such, not for drawing, goes through pdf.js's
 *    NullOptimizer (OPLIST intent), which merges no neighbouring operators.
 *
 * 3. Type 3 fonts with a ToUnicode map do not build the fallback map from their glyph names. pdf.js builds it for
 *    every simple font with a ToUnicode map, but uses it only while converting an embedded font program, which a
 *    Type 3 font does not have: the Font constructor returns before that step for Type 3 fonts, and nothing else reads
 *    the fallback map. It was a twelfth of the time spent reading a Chromium-printed file (185 glyph names per font).
 *
 * 4. Name tokens are read into a string directly, instead of one string per character joined at the end. A font's
 *    Encoding lists 185 glyph names in a Chromium-printed font, some 26 000 names per file, nearly all of them /g0;
 *    a name of up to three bytes is not made into a string at all but looked up by the number its bytes make. A name
 *    with a #-escape is read again from its first character by pdf.js's own code, so escapes are decoded exactly as
 *    before.
 *
 * 5. Interned names are looked up in a Map instead of a dictionary object: an object lookup with a freshly read
 *    string first makes V8 look the string up in its table of internal strings. The Map lives as long as pdf.js's own
 *    name cache, which pdf.js replaces with an empty one when a document is closed; so does the Map, and each name
 *    still has exactly one Name object per document (pdf.js compares names by identity).
 *
 * 6. The text-content loop sets a font it has already set once on this page (or form) directly. pdf.js leaves the loop
 *    for every Tf that changes the font, even to one it has loaded, and comes back through promises, sending the items
 *    so far as a chunk and waiting for the reader to pull them. Chromium sets a font before almost every glyph (some
 *    440 Tf a page, to about 100 distinct subset fonts), so most of the trips were for fonts already at hand. The items
 *    are the same; only the chunks they travel in are larger.
 *
 * 7. The text-content loop also gathers the paths the page paints, so that the ruling lines come from the same pass
 *    over the content as the text. Reading a page's operator list for them parsed its content stream a second time
 *    and was about a sixth of the instructions spent reading a Chromium-printed report. Each painted path is what the
 *    operator list would hold for it: the painting operator, the path as pdf.js's own buildPath lays it out (a
 *    Float32Array, as in the operator list), and the transform in force, which the text loop tracks through q, Q, cm
 *    and forms exactly as the operator loop does (the same preprocessor and StateManager). Without this patch the
 *    reader takes the operator list as before.
 *
 * 8. A font's hash is worked out only when another font of the same font descriptor could have the same hash. pdf.js
 *    hashes every font that has a descriptor (its Encoding, FirstChar, LastChar, ToUnicode bytes and Widths) to find
 *    fonts identical to one loaded before, but it looks only among the fonts of the same descriptor. Chromium prints
 *    a report with some 140 one- or two-glyph Type 3 fonts under three descriptors, each font with its own ToUnicode
 *    map, and the hashing (185 widths and 185 glyph names a font) was about 8% of the time spent reading such a file.
 *    A font is first filed under a stand-in made of a cheap key of two of its hash inputs (FirstChar-LastChar and the
 *    ToUnicode bytes' count and last eight bytes, the Flate checksum of a compressed map). Fonts with the same hash
 *    inputs have the same key, so only a font whose key is already on file can be identical to one loaded before:
 *    then the first font of that key has its hash worked out (from inputs that have not changed since) and takes the
 *    stand-in's place, and the new font is hashed and looked up as pdf.js looks it up. Fonts are aliased exactly as
 *    before (fonts with different keys could share a hash only by a collision of the 64-bit hash, where pdf.js would
 *    take one font for another). Composite fonts (whose hash may read a stream) are hashed at once, as before.
 *
 * 9. A simple font's widths are told monospaced or not in a for-of loop over the widths array instead of a for-in
 *    loop, which makes a string of every index (185 a font in a Chromium-printed report). The loop is the same
 *    otherwise: an array has no enumerable properties but its elements here, and a hole is skipped by both. Composite
 *    fonts, whose widths can be sparse up to code 65535, and widths kept in an object still go through pdf.js's loop.
 *
 * 10. References (12 0 R) of generation 0 are looked up by their number in a Map instead of by a string made of it in
 *    a dictionary object, as names are in 5; the Map lives and dies with pdf.js's own reference cache, and a reference
 *    read back from its string (Ref.fromString) is looked up in it too.
 *
 * 11. Flate streams are inflated by one synchronous call to the stand-in DecompressionStream of pdfjs.ts, instead of
 *    through its writer and its reader. A Chromium-printed report holds some 130 compressed streams, nearly all of them
 *    ToUnicode maps of a few hundred bytes, and the promises of the stream interface cost more than the inflating. The
 *    bytes come out the same, and a stream zlib cannot inflate goes to pdf.js's own decoder as before.
 *
 * 12. Operators (Tf, Td, Tj, re, f, …) are read as the number their bytes make and their Cmd looked up by it, as names
 *    are in 4, instead of a string grown one character at a time and looked up among the known operators at each
 *    step. Chromium writes three operators a glyph, some 10 000 a report.
 *
 * 13. Embedded Type 1 and CFF font programs are read but not rebuilt into OpenType files. pdf.js converts every such
 *    font into a file a browser could draw with (Type 1 glyph programs recompiled into CFF, CFF recompiled, OpenType
 *    tables written around it). The reader never draws a glyph; what text content takes from a font program (its font
 *    matrix, glyph names and built-in encoding, which map codes to glyphs and Unicode) is read before the rebuilding
 *    starts, and the rebuilt file is used only to draw. LibreOffice prints CJK text with Type 1 subsets, and the
 *    rebuilding was about a third of the time spent reading such a file. The font keeps no file (`data` is left
 *    undefined, as pdf.js leaves it for a font it cannot load), so a renderer would draw nothing rather than fail.
 *    TrueType programs are handled by 15.
 *
 * 14. A text state saved by q is copied onto TextState's own prototype, not onto the state it copies. Every field of a
 *    text state is its own, so nothing reads differently; but an object used as a prototype is made over by V8 into
 *    a slower form, and LibreOffice saves the state around every line of text (a tenth of the time spent reading).
 *
 * 15. Embedded TrueType programs (Word's and WPS's usual CJK fonts, 宋体 and 仿宋 among them) are read, but their glyph
 *    outlines are not checked and copied, codes are not mapped to glyphs for drawing, and no OpenType file is written.
 *    pdf.js walks every glyph of the font to repair it for drawing; a subset keeps the whole font's glyph count (tens
 *    of thousands for a CJK font), and that walk was a fifth of the time spent reading a Chromium-printed report in
 *    such fonts. The mapping it skips (toFontChar, left empty) names the glyph a renderer draws for a code; text takes
 *    a glyph's Unicode value from the ToUnicode map or the encoding and its width from the font dictionary, never from
 *    that mapping, so it reads the same. The font's metrics, post and name tables, and for a simple font the
 *    symbol-font adjustment of toUnicode, are read as before; as in 13, the font keeps no file.
 *
 * If pdf.js changes: each anchor is matched exactly, once; a patch of several edits is made only if all of them are.
 * A patch whose anchor is not found is not applied, and if the patched code does not load, pdf.js is loaded unchanged;
 * either way reading stays correct and only gets slower.
 * A test (worker-patch.test.ts) fails when a patch no longer applies, so that it is brought up to date.
 */

/** One insertion into pdf.js's source. */
interface Edit {
  /** Source text after which `insert` goes, exactly as pdf.js 5 writes it. */
  anchor: string;
  /** Source text that must follow the anchor: it shows that the names the insertion uses mean what they meant. */
  followedBy: string;
  insert: string;
}

/** A change made of one edit or of several that need each other: applied whole or not at all. */
interface Patch {
  name: string;
  edits: readonly Edit[];
}

// The start of `TranslatedFont.loadType3Data`, before it makes an evaluator and a set of font references for the
// glyph programs, which a font that is not parsed does not need (making them changes nothing else). The inserted
// block reads the entries the method reads next (CharProcs, Resources) and the declared font box, in a block of its
// own so that its names do not clash with the method's; it uses the private field the method caches its result in.
// Every glyph gets the empty operator list pdf.js itself gives a glyph it cannot read, so a renderer would draw
// nothing rather than fail.
const TYPE3_GLYPHS: Patch = {
  name: 'type3-glyphs',
  edits: [
    {
      anchor: `    assert(font.isType3Font, "Must be a Type3 font.");
`,
      followedBy: `    const type3Evaluator = evaluator.clone({
      ignoreErrors: false
    });
`,
      insert: `    {
      const charProcs = this.dict.get("CharProcs");
      this.dict.get("Resources");
      const [x0, y0, x1, y1] = font.bbox;
      if (Math.hypot(x1 - x0, y1 - y0) > 0) {
        const charProcOperatorList = Object.create(null);
        for (const key of charProcs.getKeys()) {
          charProcOperatorList[key] = { fnArray: [], argsArray: [], length: 0 };
        }
        font.charProcOperatorList = charProcOperatorList;
        this.#type3Loaded = Promise.resolve();
        return this.#type3Loaded;
      }
    }
`,
    },
  ],
};

// The head of the operator loop in `PartialEvaluator.getOperatorList` (getTextContent has its own loop).
const TEXT_OPERATORS: Patch = {
  name: 'text-operators',
  edits: [
    {
      anchor: `      let stop, i, ii, cs, name, isValidName;
      while (!(stop = timeSlotManager.check())) {
        operation.args = null;
        if (!preprocessor.read(operation)) {
          break;
        }
        let args = operation.args;
        let fn = operation.fn;
`,
      followedBy: `        switch (fn | 0) {
          case OPS.paintXObject:
`,
      insert: `        if (fn === OPS.setFont || fn === OPS.showText || fn === OPS.showSpacedText || fn === OPS.nextLineShowText || fn === OPS.nextLineSetSpacingShowText) {
          continue;
        }
        if (fn === OPS.moveText || fn === OPS.setLeadingMoveText || fn === OPS.setTextMatrix || fn === OPS.nextLine) {
          continue;
        }
`,
    },
  ],
};

// The start of `PartialEvaluator.buildToUnicode`, where a simple font with a ToUnicode map gets its fallback map.
// The map read from ToUnicode is returned as pdf.js returns it for every font that does not build the fallback.
const TYPE3_FALLBACK_UNICODE: Patch = {
  name: 'type3-fallback-unicode',
  edits: [
    {
      anchor: `  async buildToUnicode(properties) {
    properties.hasIncludedToUnicodeMap = properties.toUnicode?.length > 0;
    if (properties.hasIncludedToUnicodeMap) {
`,
      followedBy: `      if (!properties.composite && properties.hasEncoding) {
        properties.fallbackToUnicode = this._simpleFontToUnicode(properties);
`,
      insert: `      if (properties.isType3Font) {
        return properties.toUnicode;
      }
`,
    },
  ],
};

// The start of `Lexer.getName`. Every character of a name is one byte of the stream, so stepping back the name's
// length and its # puts the stream where the name began, as BaseStream.peekByte steps back the byte it read. A name
// of up to three bytes is known by the number its bytes make (a name holds no zero byte, so no two names share one),
// in a Map that lives exactly as long as pdf.js's name cache and holds the Name that Name.get gave for it.
const NAME_TOKENS: Patch = {
  name: 'name-tokens',
  edits: [
    {
      anchor: `  getName() {
    let ch, previousCh;
    const strBuf = this.strBuf;
`,
      followedBy: `    strBuf.length = 0;
    while ((ch = this.nextChar()) >= 0 && !specialChars[ch]) {
      if (ch === 0x23) {
`,
      insert: `    let name = "";
    let head = 0;
    let length = 0;
    while ((ch = this.nextChar()) >= 0 && !specialChars[ch] && ch !== 0x23) {
      if (length < 3) {
        head = head << 8 | ch;
      } else {
        if (length === 3) {
          name = String.fromCharCode(head >> 16, head >> 8 & 0xff, head & 0xff);
        }
        name += String.fromCharCode(ch);
      }
      length++;
    }
    if (ch !== 0x23) {
      if (length <= 3) {
        if (Name.shortNamesFor !== NameCache) {
          Name.shortNamesFor = NameCache;
          Name.shortNames = new Map();
        }
        let cached = Name.shortNames.get(head);
        if (cached === undefined) {
          name = length === 3 ? String.fromCharCode(head >> 16, head >> 8 & 0xff, head & 0xff) : length === 2 ? String.fromCharCode(head >> 8, head & 0xff) : length === 1 ? String.fromCharCode(head) : "";
          cached = Name.get(name);
          Name.shortNames.set(head, cached);
        }
        return cached;
      }
      if (length > 127) {
        warn(\`Name token is longer than allowed by the spec: \${length}\`);
      }
      return Name.get(name);
    }
    this.stream.pos -= length + 1;
`,
    },
  ],
};

// `Name.get`. The Map is kept on the class beside the cache object it stands for, and is replaced when pdf.js
// replaces that object (clearPrimitiveCaches, at the end of every document).
const NAME_CACHE: Patch = {
  name: 'name-cache',
  edits: [
    {
      anchor: `class Name {
  constructor(name) {
    this.name = name;
  }
  static get(name) {
`,
      followedBy: `    return NameCache[name] ||= new Name(name);
  }
`,
      insert: `    if (Name.cacheFor !== NameCache) {
      Name.cacheFor = NameCache;
      Name.cache = new Map();
    }
    let cached = Name.cache.get(name);
    if (cached === undefined) {
      cached = new Name(name);
      Name.cache.set(name, cached);
    }
    return cached;
`,
    },
  ],
};

// `Ref.get` and `Ref.fromString`. The Map is kept on the class beside the cache object it stands for and replaced
// with it, as in name-cache. Ref.fromString files a reference under its string; for the string Ref.toString makes of
// a reference of generation 0 (12R) it now asks Ref.get, so each such reference still has exactly one Ref object per
// document, and Ref.get need not make the string to look in pdf.js's cache. Other strings (generation 1 and up, or
// written otherwise, 012R) go through pdf.js's own code, which gives them Ref objects of their own as before.
const REF_CACHE: Patch = {
  name: 'ref-cache',
  edits: [
    {
      anchor: `  static fromString(str) {
`,
      followedBy: `    const ref = RefCache[str];
    if (ref) {
      return ref;
    }
`,
      insert: `    const generationZero = /^([1-9]\\d*)R$/.exec(str);
    if (generationZero) {
      return Ref.get(parseInt(generationZero[1]), 0);
    }
`,
    },
    {
      anchor: `  static get(num, gen) {
`,
      followedBy: `    const key = gen === 0 ? \`\${num}R\` : \`\${num}R\${gen}\`;
    return RefCache[key] ||= new Ref(num, gen);
`,
      insert: `    if (gen === 0) {
      if (Ref.cacheFor !== RefCache) {
        Ref.cacheFor = RefCache;
        Ref.cache = new Map();
      }
      let cached = Ref.cache.get(num);
      if (cached === undefined) {
        cached = new Ref(num, gen);
        Ref.cache.set(num, cached);
      }
      return cached;
    }
`,
    },
  ],
};

// Three places in `PartialEvaluator.getTextContent`: where its per-call state is declared, its handleSetFont, and the
// Tf case of its operator loop. A font is remembered by its resource name only when it was looked up by that name
// (fontRef null), in this call's own resources: the lookup would give the same TranslatedFont again (pdf.js caches it
// per document), and the three fields set are exactly those handleSetFont sets.
const TEXT_FONTS: Patch = {
  name: 'text-fonts',
  edits: [
    {
      anchor: `    const preprocessor = new EvaluatorPreprocessor(stream, xref, stateManager);
    let textState, currentTextState;
`,
      followedBy: `    function pushWhitespace({
`,
      insert: `    const textFontsByName = new Map();
`,
    },
    {
      anchor: `    async function handleSetFont(fontName, fontRef) {
      const translated = await self.loadFont(fontName, fontRef, resources, task);
`,
      followedBy: `      textState.loadedName = translated.loadedName;
      textState.font = translated.font;
      textState.fontMatrix = translated.font.fontMatrix || FONT_IDENTITY_MATRIX;
    }
`,
      insert: `      if (fontRef === null) {
        textFontsByName.set(fontName, translated);
      }
`,
    },
    {
      anchor: `            textState.fontName = fontNameArg;
            textState.fontSize = fontSizeArg;
`,
      followedBy: `            next(handleSetFont(fontNameArg, null));
            return;
`,
      insert: `            const knownFont = textFontsByName.get(fontNameArg);
            if (knownFont !== undefined) {
              textState.loadedName = knownFont.loadedName;
              textState.font = knownFont.font;
              textState.fontMatrix = knownFont.font.fontMatrix || FONT_IDENTITY_MATRIX;
              break;
            }
`,
    },
  ],
};

// Four places in `PartialEvaluator.getTextContent`: after its flushTextContentItem (the per-call state and helpers),
// the head of its operator loop, its Do case and its end. The path operators are gathered with pdf.js's own
// `buildPath` into a path object of the same shape as the one getOperatorList keeps, and a painted path goes out as
// getOperatorList would send it (paint operator, path buffer as a Float32Array) with the transform in force, which the
// text loop keeps in `stateManager` exactly as the operator loop does (the same preprocessor handles q, Q and cm). The
// paths travel as one item per stretch of content in the text content, before a form's own items, so they keep the
// order of the operator list.
const TEXT_RULES: Patch = {
  name: 'text-rules',
  edits: [
    {
      anchor: `      textContent.items.push(runBidiTransform(textContentItem));
      textContentItem.initialized = false;
      textContentItem.str.length = 0;
    }
`,
      followedBy: `    function enqueueChunk(batch = false) {
`,
      insert: `    const paintedPaths = [];
    const pathState = {
      pathBuffer: [],
      pathMinMax: new Float32Array([Infinity, Infinity, -Infinity, -Infinity]),
      currentPointX: 0,
      currentPointY: 0
    };
    function paintPath(fn) {
      const pathBuffer = pathState.pathBuffer;
      if (fn === OPS.closeStroke || fn === OPS.closeFillStroke || fn === OPS.closeEOFillStroke) {
        pathBuffer.push(DrawOPS.closePath);
      }
      if (pathBuffer.length === 0) {
        return;
      }
      if (fn !== OPS.endPath) {
        paintedPaths.push({ paint: fn, ctm: Array.from(stateManager.state.ctm), buffer: new Float32Array(pathBuffer) });
      }
      pathBuffer.length = 0;
      pathState.pathMinMax.set([Infinity, Infinity, -Infinity, -Infinity], 0);
    }
    function flushPaintedPaths() {
      if (paintedPaths.length > 0) {
        textContent.items.push({ type: "paintedPaths", paths: paintedPaths.splice(0) });
      }
    }
`,
    },
    {
      anchor: `        textState = stateManager.state;
        currentTextState ||= textState.clone();
        const fn = operation.fn;
        args = operation.args;
`,
      followedBy: `        switch (fn | 0) {
          case OPS.setFont:
`,
      insert: `        switch (fn | 0) {
          case OPS.moveTo:
          case OPS.lineTo:
          case OPS.curveTo:
          case OPS.curveTo2:
          case OPS.curveTo3:
          case OPS.closePath:
          case OPS.rectangle:
            self.buildPath(fn, args, pathState);
            continue;
          case OPS.stroke:
          case OPS.closeStroke:
          case OPS.fill:
          case OPS.eoFill:
          case OPS.fillStroke:
          case OPS.eoFillStroke:
          case OPS.closeFillStroke:
          case OPS.closeEOFillStroke:
          case OPS.endPath:
            paintPath(fn);
            continue;
        }
`,
    },
    {
      anchor: `          case OPS.paintXObject:
            flushTextContentItem();
`,
      followedBy: `            xobjs ??= resources.get("XObject") || Dict.empty;
`,
      insert: `            flushPaintedPaths();
`,
    },
    {
      anchor: `      if (stop) {
        next(deferred);
        return;
      }
      flushTextContentItem();
`,
      followedBy: `      enqueueChunk();
      resolve();
`,
      insert: `      flushPaintedPaths();
`,
    },
  ],
};

// `PartialEvaluator.preEvaluateFont`, after it has read the descriptor and the ToUnicode entry (loadFont, its only
// caller, files every font it returns under its hash). The font's ToUnicode bytes are hashed only when they cannot
// change later (a stream's undecoded bytes, as pdf.js hashes a Flate stream's; a stream decoded in place is hashed at
// once), and a simple font's other hashed entries are parsed objects that do not change either; so a hash worked out
// later is the one pdf.js would have worked out now. The Widths entry is fetched now, as the hash would fetch it, so
// that a broken reference fails the font where it failed it before. The inputs key is made of two of the hash's
// inputs, FirstChar-LastChar and the ToUnicode bytes (their count and last eight, as the hash reads them, for a name
// as for a stream), so fonts with the same hash inputs always have the same key.
const DEFERRED_FONT_HASH: Patch = {
  name: 'deferred-font-hash',
  edits: [
    {
      anchor: `    const descriptor = dict.get("FontDescriptor");
    const toUnicode = dict.get("ToUnicode") || baseDict.get("ToUnicode");
`,
      followedBy: `    if (descriptor) {
      hash = new MurmurHash3_64();
`,
      insert: `    if (!this.hashingDeferredFont && !composite && descriptor instanceof Dict && !(toUnicode instanceof BaseStream && (toUnicode.stream || toUnicode).buffer)) {
      dict.get("Widths") || baseDict.get("Widths");
      let toUnicodeBytes = "";
      if (toUnicode instanceof BaseStream) {
        const stream = toUnicode.stream || toUnicode;
        toUnicodeBytes = String.fromCharCode(...new Uint8Array(stream.bytes.buffer, stream.start, stream.end - stream.start).subarray(-8));
        toUnicodeBytes = \`\${stream.end - stream.start} \${toUnicodeBytes}\`;
      } else if (toUnicode instanceof Name) {
        const bytes = toUnicode.name.replaceAll(/[^\\x00-\\xff]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) >>> 8, ch.charCodeAt(0) & 0xff));
        toUnicodeBytes = \`\${bytes.length} \${bytes.slice(-8)}\`;
      }
      const inputsKey = \`\${firstChar}-\${lastChar} \${toUnicodeBytes || "0 "}\`;
      const standIn = \`deferred \${inputsKey}\`;
      const deferredFonts = descriptor.deferredHashFonts ||= new Map();
      if (!deferredFonts.has(inputsKey)) {
        deferredFonts.set(inputsKey, baseDict);
        return {
          descriptor,
          dict,
          baseDict,
          composite,
          type: type.name,
          firstChar,
          lastChar,
          toUnicode,
          hash: standIn
        };
      }
      const firstFont = deferredFonts.get(inputsKey);
      if (firstFont !== null) {
        deferredFonts.set(inputsKey, null);
        const firstAlias = descriptor.fontAliases[standIn];
        delete descriptor.fontAliases[standIn];
        this.hashingDeferredFont = true;
        try {
          descriptor.fontAliases[this.preEvaluateFont(firstFont).hash] = firstAlias;
        } catch (reason) {
          warn(\`loadFont - preEvaluateFont failed: "\${reason}".\`);
        } finally {
          this.hashingDeferredFont = false;
        }
      }
    }
`,
    },
  ],
};

// The end of `PartialEvaluator.extractWidths`, where it tells a monospaced font by its widths. The inserted loop ends
// in `else`, so pdf.js's own for-in loop below it runs only for what the new loop does not take.
const MONOSPACE_WIDTHS: Patch = {
  name: 'monospace-widths',
  edits: [
    {
      anchor: `          glyphsWidths = this.buildCharCodeToWidth(metrics.widths, properties);
          defaultWidth = metrics.defaultWidth;
        }
      }
    }
    let isMonospace = true;
    let firstWidth = defaultWidth;
`,
      followedBy: `    for (const glyph in glyphsWidths) {
      const glyphWidth = glyphsWidths[glyph];
      if (!glyphWidth) {
        continue;
      }
`,
      insert: `    if (Array.isArray(glyphsWidths) && !properties.composite) {
      for (const glyphWidth of glyphsWidths) {
        if (!glyphWidth) {
          continue;
        }
        if (!firstWidth) {
          firstWidth = glyphWidth;
          continue;
        }
        if (firstWidth !== glyphWidth) {
          isMonospace = false;
          break;
        }
      }
    } else
`,
    },
  ],
};

// `BaseStream.asyncGetBytesFromDecompressionStream`, once it has the compressed bytes. The stand-in DecompressionStream
// of pdfjs.ts (installInflate) offers decodeSync: the decompressed bytes as one fresh array, or null where its
// decoder fails, which is what the method's own code returns in both cases. The real DecompressionStream has no
// decodeSync, and then the method goes on as before.
const SYNC_INFLATE: Patch = {
  name: 'sync-inflate',
  edits: [
    {
      anchor: `  async asyncGetBytesFromDecompressionStream(name) {
    this.stream.reset();
    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();
`,
      followedBy: `    try {
      const {
        readable,
        writable
      } = new DecompressionStream(name);
`,
      insert: `    if (typeof DecompressionStream.decodeSync === "function") {
      return {
        decompressed: DecompressionStream.decodeSync(name, bytes),
        compressed: bytes
      };
    }
`,
    },
  ],
};

// The end of `Lexer.getObj`, where a command token is read character by character, each step making a longer string
// and looking it up among the known commands, and the token then looked up in pdf.js's command cache by its string.
// A token of printable ASCII is read here as a number made of its bytes instead (no command holds a zero byte, and a
// longer token makes a larger number), checked against the known commands' numbers in the same way, and its Cmd
// kept by that number in a Map that lives exactly as long as pdf.js's command cache (as in name-cache), holding the
// Cmd that Cmd.get gave for it. A token longer than three bytes, or with a byte outside printable ASCII, or known
// commands that cannot be numbered (none longer than six bytes), go back to the token's second byte and through
// pdf.js's own loop, as do true, false and null.
const COMMAND_TOKENS: Patch = {
  name: 'command-tokens',
  edits: [
    {
      anchor: `        this.nextChar();
        return Cmd.get(str);
      }
    }
    const knownCommands = this.knownCommands;
`,
      followedBy: `    let knownCommandFound = knownCommands?.[str] !== undefined;
    while ((ch = this.nextChar()) >= 0 && !specialChars[ch]) {
      const possibleCommand = str + String.fromCharCode(ch);
      if (knownCommandFound && knownCommands[possibleCommand] === undefined) {
        break;
      }
`,
      insert: `    let knownCodes = null;
    if (knownCommands) {
      Lexer.knownCodes ||= new WeakMap();
      knownCodes = Lexer.knownCodes.get(knownCommands);
      if (knownCodes === undefined) {
        knownCodes = new Set();
        for (const command of Object.keys(knownCommands)) {
          if (knownCommands[command] === undefined) {
            continue;
          }
          if (!/^[\x21-\x7e]{1,6}$/.test(command)) {
            knownCodes = false;
            break;
          }
          let commandCode = 0;
          for (let i = 0; i < command.length; i++) {
            commandCode = commandCode * 256 + command.charCodeAt(i);
          }
          knownCodes.add(commandCode);
        }
        Lexer.knownCodes.set(knownCommands, knownCodes);
      }
    }
    if (ch > 0x20 && ch < 0x7f && knownCodes !== false) {
      let code = ch;
      let length = 1;
      let known = knownCodes !== null && knownCodes.has(code);
      let next;
      let tooLong = false;
      while ((next = this.nextChar()) >= 0 && !specialChars[next]) {
        const possibleCode = code * 256 + next;
        if (known && !knownCodes.has(possibleCode)) {
          break;
        }
        if (length === 3 || next <= 0x20 || next >= 0x7f) {
          tooLong = true;
          break;
        }
        code = possibleCode;
        length++;
        known = knownCodes !== null && knownCodes.has(code);
      }
      if (!tooLong) {
        if (Lexer.commandsFor !== CmdCache) {
          Lexer.commandsFor = CmdCache;
          Lexer.commands = new Map();
        }
        let cmd = Lexer.commands.get(code);
        if (cmd === undefined) {
          cmd = Cmd.get(length === 1 ? String.fromCharCode(code) : length === 2 ? String.fromCharCode(code >> 8, code & 0xff) : String.fromCharCode(code >> 16, code >> 8 & 0xff, code & 0xff));
          Lexer.commands.set(code, cmd);
        }
        if (code === 0x4249) {
          this.beginInlineImagePos = this.stream.pos;
        }
        return cmd;
      }
      this.stream.pos -= length;
    }
`,
    },
  ],
};

// Three places: the end of `CFFFont`'s constructor before it compiles the font for a renderer, the point in
// `Type1Font`'s constructor where the glyph programs are read and it starts converting them, and the end of
// `Font.convert`'s mapping work, before it builds the OpenType file. What each skipped step leaves behind is only the
// rebuilt font file (`data`): the properties, the glyph mapping (toFontChar), the seac map and the built-in encoding
// are all made before it, and the three edits go together, since `convert` would otherwise read a file never made.
const FONT_PROGRAMS: Patch = {
  name: 'font-programs',
  edits: [
    {
      anchor: `    this.cff.duplicateFirstGlyph();
    const compiler = new CFFCompiler(this.cff);
    this.seacs = this.cff.seacs;
`,
      followedBy: `    try {
      this.data = compiler.compile();
`,
      insert: `    this._createBuiltInEncoding();
    return;
`,
    },
    {
      anchor: `    const charstrings = data.charstrings;
`,
      followedBy: `    const type2Charstrings = this.getType2Charstrings(charstrings);
    const subrs = this.getType2Subrs(data.subrs);
    this.charstrings = charstrings;
    this.data = this.wrap(name, type2Charstrings, this.charstrings, subrs, properties);
    this.seacs = this.getSeacs(data.charstrings);
  }
`,
      insert: `    this.charstrings = charstrings;
    this.seacs = this.getSeacs(data.charstrings);
    return;
`,
    },
    {
      anchor: `      properties.seacMap = seacMap;
    }
`,
      followedBy: `    const unitsPerEm = properties.fontMatrix ? 1 / Math.max(`,
      insert: `    return undefined;
`,
    },
  ],
};

// `TextState.clone`, which `StateManager.save` calls for every q of a page's content while its text is read. Every
// field of a TextState is its own (class fields), so the copy reads the same through either prototype.
const TEXT_STATE_CLONE: Patch = {
  name: 'text-state-clone',
  edits: [
    {
      anchor: `  carriageReturn() {
    this.translateTextLineMatrix(0, -this.leading);
    this.textMatrix = this.textLineMatrix.slice();
  }
  clone() {
`,
      followedBy: `    const clone = Object.assign(Object.create(this), this);
    clone.textMatrix = this.textMatrix.slice();
`,
      insert: `    {
      const clone = Object.assign(Object.create(TextState.prototype), this);
      clone.textMatrix = this.textMatrix.slice();
      clone.textLineMatrix = this.textLineMatrix.slice();
      clone.fontMatrix = this.fontMatrix.slice();
      return clone;
    }
`,
    },
  ],
};

// Two places in `Font.checkAndRepair`. The glyph walk (sanitizeGlyphLocations, only for TrueType outlines; its other
// result, the largest instruction size, goes into a maxp table that is never written out) is turned off by making its
// condition false. Then, once the post table is read, the method reads the name table as it would (the PostScript name,
// and for a simple font the symbol-font adjustment of toUnicode) and returns, before mapping codes to glyphs for
// drawing: with no list of glyphs without outlines that mapping would take in every code of an Identity-H font.
const TRUETYPE_GLYPHS: Patch = {
  name: 'truetype-glyphs',
  edits: [
    {
      anchor: `    let missingGlyphs = Object.create(null);
    if (`,
      followedBy: `isTrueType) {
      const glyphsInfo = sanitizeGlyphLocations(tables.loca, tables.glyf, numGlyphs, isGlyphLocationsLong, hintsValid, dupFirstEntry, maxSizeOfInstructions);
`,
      insert: 'false && ',
    },
    {
      anchor: `    tables.post = {
      tag: "post",
      data: createPostTable(properties)
    };
`,
      followedBy: `    const charCodeToGlyphId = Object.create(null);
`,
      insert: `    if (tables.name) {
      const [namePrototype, nameRecords] = readNameTable(tables.name);
      this.psName = namePrototype[0][6] || null;
      if (!properties.composite) {
        adjustTrueTypeToUnicode(properties, this.isSymbolicFont, nameRecords);
      }
    }
    return undefined;
`,
    },
  ],
};

const PATCHES: readonly Patch[] = [
  TYPE3_GLYPHS,
  TEXT_OPERATORS,
  TYPE3_FALLBACK_UNICODE,
  NAME_TOKENS,
  NAME_CACHE,
  TEXT_FONTS,
  TEXT_RULES,
  DEFERRED_FONT_HASH,
  MONOSPACE_WIDTHS,
  REF_CACHE,
  SYNC_INFLATE,
  COMMAND_TOKENS,
  FONT_PROGRAMS,
  TEXT_STATE_CLONE,
  TRUETYPE_GLYPHS,
];

/** The worker source with every patch whose anchors it holds exactly once each, and the names of the patches applied. */
export function patchWorkerSource(source: string): { source: string; applied: string[] } {
  let patched = source;
  const applied: string[] = [];
  for (const patch of PATCHES) {
    const edited = applyEdits(patched, patch.edits);
    if (edited === null) continue;
    patched = edited;
    applied.push(patch.name);
  }
  return { source: patched, applied };
}

/** The source with every edit made, or null when any of them does not find its place. */
function applyEdits(source: string, edits: readonly Edit[]): string | null {
  let edited = source;
  for (const edit of edits) {
    const at = edited.indexOf(edit.anchor);
    if (at < 0 || edited.indexOf(edit.anchor, at + 1) >= 0) return null;
    const end = at + edit.anchor.length;
    if (!edited.startsWith(edit.followedBy, end)) return null;
    edited = edited.slice(0, end) + edit.insert + edited.slice(end);
  }
  return edited;
}

/** Every patch there is, by name. */
export const WORKER_PATCHES: readonly string[] = PATCHES.map((patch) => patch.name);
