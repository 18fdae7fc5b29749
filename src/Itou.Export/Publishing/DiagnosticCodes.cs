namespace Itou.Export.Publishing;

/// <summary>
/// Every diagnostic code the exporter reports, in one place so users can look them up and filter
/// on them. Prefixes: SPACE (files, summary, config), MD (dialect), LINK, ASSET, PDF, DOCX, LIMIT, EXPORT (content accounting);
/// RENDER, CODE and DIAGRAM for what both writers decide alike.
/// </summary>
public static class DiagnosticCodes
{
    // Space: files, config, summary, pages (Space/)
    /// <summary>The space folder (or the <c>root</c> of .gitbook.yaml) does not exist or leaves the space.</summary>
    public const string SpaceRoot = "SPACE-ROOT";
    /// <summary>.gitbook.yaml or .gitbook/vars.yaml is not valid YAML or has an unexpected shape.</summary>
    public const string SpaceConfig = "SPACE-CONFIG";
    /// <summary>A SUMMARY.md line that is not a group, separator or page entry, or points nowhere.</summary>
    public const string SpaceSummary = "SPACE-SUMMARY";
    /// <summary>A page listed twice in SUMMARY.md (GitBook lists a file once).</summary>
    public const string SpaceSummaryDuplicate = "SPACE-SUMMARY-DUPLICATE";
    /// <summary>A page that is not in SUMMARY.md: kept in the model, not printed in a book.</summary>
    public const string SpaceOrphan = "SPACE-ORPHAN";
    /// <summary>A page whose bytes are not valid UTF-8 (invalid bytes replaced by U+FFFD).</summary>
    public const string SpaceEncoding = "SPACE-ENCODING";
    /// <summary>Front matter that is not valid YAML or not closed: ignored, the page body is kept.</summary>
    public const string SpaceFrontMatter = "SPACE-FRONT-MATTER";
    /// <summary>A file that could not be read (I/O error, symlink out of the space).</summary>
    public const string SpaceRead = "SPACE-READ";

    // Includes (Space/IncludeReader)
    /// <summary>An include target that is missing, outside the space, cyclic or too deep.</summary>
    public const string Include = "MD-INCLUDE";

    // Dialect (Markdown/)
    /// <summary>A <c>{% tag %}</c> the dialect does not know; its body is kept.</summary>
    public const string MarkdownUnknownTag = "MD-TAG-UNKNOWN";
    /// <summary>A block tag without its end tag; closed at the end of its parent, content kept.</summary>
    public const string MarkdownUnterminatedTag = "MD-TAG-UNTERMINATED";
    /// <summary>An end tag that closes nothing open; dropped.</summary>
    public const string MarkdownMismatchedTag = "MD-TAG-MISMATCHED";
    /// <summary>A <c>{%</c> without a readable tag after it; the text is kept without the marker.</summary>
    public const string MarkdownMalformedTag = "MD-TAG-MALFORMED";
    /// <summary>A tag attribute with an unexpected value (unknown hint style, bad width…); a default is used.</summary>
    public const string MarkdownBadAttribute = "MD-TAG-ATTRIBUTE";
    /// <summary>A <c>space.vars.x</c> expression with no such variable; the name is printed.</summary>
    public const string MarkdownUnknownVariable = "MD-VARIABLE-UNKNOWN";
    /// <summary>HTML the dialect does not map to a node; its text is kept, the tags dropped.</summary>
    public const string MarkdownUnsupportedHtml = "MD-HTML-UNSUPPORTED";
    /// <summary>Characters XML cannot hold (NUL, other controls) removed from the text.</summary>
    public const string MarkdownInvalidCharacters = "MD-INVALID-CHARS";
    /// <summary>The page could not be parsed as Markdown at all; its text is kept as plain paragraphs.</summary>
    public const string MarkdownParseFailed = "MD-PARSE-FAILED";
    /// <summary>A <c>:name:</c> that no emoji table knows: printed as written (information, once per page).</summary>
    public const string MarkdownUnknownEmoji = "MD-EMOJI-UNKNOWN";
    /// <summary>A formula the TeX parser cannot typeset (an unknown command, unbalanced braces): printed as its source in the code style.</summary>
    public const string MathUnsupported = "MATH-UNSUPPORTED";
    /// <summary>Nesting (lists, quotes, blocks) deeper than the limit; the deeper part is flattened.</summary>
    public const string LimitNesting = "LIMIT-NESTING";

    // Assets (Space/AssetResolver)
    /// <summary>An image or file reference whose file does not exist.</summary>
    public const string AssetMissing = "ASSET-MISSING";
    /// <summary>An image or file reference that leaves the space folder (absolute, <c>..</c>, symlink): never read.</summary>
    public const string AssetOutside = "ASSET-OUTSIDE";
    /// <summary>Information: a reference climbing above the space root (<c>../.gitbook/assets/x.png</c> from a root page) read at the root, as GitBook resolves it.</summary>
    public const string AssetAboveRoot = "ASSET-ABOVE-ROOT";

    /// <summary>A local file of a <c>{% file %}</c> card not attached to the PDF (over <see cref="ExportLimits.MaxAttachmentBytes"/>, unreadable, or its card not found): the card still links to it.</summary>
    public const string FileNotAttached = "FILE-NOT-ATTACHED";

    // Images, whichever writer draws them (Imaging/)
    /// <summary>References an SVG makes outside itself (files, URLs, stylesheets, entities, scripts) were removed before drawing.</summary>
    public const string ImageSvgExternal = "IMAGE-SVG-EXTERNAL";
    /// <summary>An SVG that cannot be made safe to draw (not well-formed, entities, too many elements once expanded): left out.</summary>
    public const string ImageSvgRefused = "IMAGE-SVG-REFUSED";
    /// <summary>A picture file or fetched image that cannot be read or decoded (not found, I/O error, not a picture): its description is printed.</summary>
    public const string ImageUnreadable = "IMAGE-UNREADABLE";
    /// <summary>A picture over <see cref="ExportLimits.MaxImageBytes"/> or <see cref="ExportLimits.MaxImagePixels"/> (from its header, before decoding): its description is printed.</summary>
    public const string ImageTooLarge = "IMAGE-TOO-LARGE";
    /// <summary>A remote picture that is not fetched (remote images are off and no copy is cached, or its address is not http or https): its description is printed, linked to its address.</summary>
    public const string ImageRemote = "IMAGE-REMOTE";
    /// <summary>A remote image that could not be used although remote images are allowed (timeout, too large, HTTP error, not a picture): its description is printed, linked to its address.</summary>
    public const string ImageRemoteFailed = "IMAGE-REMOTE-FAILED";
    /// <summary>A remote image not fetched because the export's <see cref="ExportLimits.RemoteImageBudget"/> was spent, and not cached: its description is printed, linked to its address.</summary>
    public const string ImageRemoteBudget = "IMAGE-REMOTE-BUDGET";

    // Both writers (Rendering/)
    /// <summary>A block a writer failed on: left out, the rest of the document is written.</summary>
    public const string RenderFailed = "RENDER-FAILED";
    /// <summary>Information, once per language: a fence names a language no grammar highlights; its code is printed plain.</summary>
    public const string CodeLanguageUnknown = "CODE-LANGUAGE-UNKNOWN";
    /// <summary>Information: a diagram (mermaid) is printed as its source under a title, not drawn.</summary>
    public const string DiagramNotDrawn = "DIAGRAM-NOT-DRAWN";

    // Links (Publishing/LinkResolver)
    /// <summary>A link to GitBook's <c>broken-reference</c> placeholder.</summary>
    public const string LinkBrokenReference = "LINK-BROKEN-REFERENCE";
    /// <summary>A link with an empty target.</summary>
    public const string LinkEmpty = "LINK-EMPTY";
    /// <summary>A relative link to a page that does not exist.</summary>
    public const string LinkDangling = "LINK-DANGLING";
    /// <summary>A link to a heading id the target page does not have: the link goes to the page top.</summary>
    public const string LinkAnchor = "LINK-ANCHOR";
    /// <summary>A link to a page outside the export with no site base URL to point to: printed as text.</summary>
    public const string LinkOutside = "LINK-OUTSIDE";

    // Content accounting (Publishing/ContentLedger)
    /// <summary>An item of a selected page (text, image, link…) that is neither in the document nor named by another diagnostic.</summary>
    public const string ContentMissing = "EXPORT-CONTENT-MISSING";

    // Limits
    /// <summary>A page larger than <see cref="ExportLimits.MaxPageBytes"/>: left out.</summary>
    public const string LimitPageSize = "LIMIT-PAGE-SIZE";
    /// <summary>More pages than <see cref="ExportLimits.MaxPages"/>: the rest are left out.</summary>
    public const string LimitPageCount = "LIMIT-PAGE-COUNT";

    // Word writer (Docx/)
    /// <summary>A link target is not a valid URL; its text is kept without the link.</summary>
    public const string DocxLinkInvalid = "DOCX-LINK-INVALID";
    /// <summary>An internal link points at an anchor no heading of the document carries.</summary>
    public const string DocxAnchorMissing = "DOCX-ANCHOR-MISSING";
    /// <summary>A footnote called only from inside another footnote: Word cannot nest notes, so that call shows its number and its text is left out.</summary>
    public const string DocxFootnoteLeftOut = "DOCX-FOOTNOTE-LEFT-OUT";
    /// <summary>A Markdown construct the Word writer has no renderer for; its text is kept as a paragraph.</summary>
    public const string DocxUnsupportedNode = "DOCX-UNSUPPORTED-NODE";

    // PDF layout engine (Pdf/Layout, Pdf/Text)
    /// <summary>Layout: content that could not fit (too deep, too narrow, taller than a page) was clipped or left out.</summary>
    public const string PdfContentClipped = "PDF-CLIPPED";
    /// <summary>Layout: an image taller than the page was scaled down to fit.</summary>
    public const string PdfImageScaled = "PDF-IMAGE-SCALED";
    /// <summary>Layout: a link points at an anchor that no element defines.</summary>
    public const string PdfUnknownAnchor = "PDF-ANCHOR-UNKNOWN";
    /// <summary>Text: a character no font of the chain draws (bundled, theme, or the machine's when allowed), at the line of its first use.</summary>
    public const string PdfMissingGlyph = "PDF-GLYPH-MISSING";
    /// <summary>Information: a machine font drew text no bundled or theme font draws, so the PDF depends on the machine.</summary>
    public const string PdfFontMachine = "PDF-FONT-MACHINE";
    /// <summary>Theme: a font file that cannot be used (unreadable, CFF or variable); the bundled font replaces it.</summary>
    public const string PdfFontUnusable = "PDF-FONT-UNUSABLE";
}
