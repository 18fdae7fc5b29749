using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Itou.Export.Publishing;

namespace Itou.Export.Imaging;

/// <summary>
/// Makes an SVG self-contained and bounded before any writer draws or embeds it, so that drawing
/// never reads a file or the network and never explodes: no DTD or entities, no processing
/// instructions (stylesheets), no <c>@import</c>, no <c>url(…)</c> or <c>href</c> other than a
/// fragment (<c>#id</c>) or an embedded PNG/JPEG/GIF/WebP within the pixel limit, no scripts or
/// foreign objects, no <c>&lt;use&gt;</c> cycles, and at most <see cref="MaxDrawnElements"/> elements
/// once every <c>&lt;use&gt;</c> is expanded (the "billion laughs" of SVG).
/// </summary>
internal static partial class SvgSanitizer
{
    /// <summary>Most elements an SVG may draw once its <c>&lt;use&gt;</c> references are expanded.</summary>
    public const long MaxDrawnElements = 200_000;

    private static readonly string[] DroppedElements = ["script", "foreignObject"];

    /// <summary>
    /// The cleaned SVG, or null with the reason when it cannot be made safe (not well-formed XML,
    /// an entity, too many elements once expanded). <paramref name="removed"/> counts what was taken out.
    /// </summary>
    public static byte[]? Sanitize(byte[] svg, long maxImagePixels, out string? refusal, out int removed)
    {
        ArgumentNullException.ThrowIfNull(svg);
        removed = 0;
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(svg, writable: false), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            refusal = "not well-formed XML or uses entities (" + e.Message + ")";
            return null;
        }
        removed += RemoveAll(document.Nodes().OfType<XProcessingInstruction>());
        removed += RemoveAll(document.Descendants().Where(e => DroppedElements.Contains(e.Name.LocalName)));
        removed += CleanStyles(document);
        removed += RemoveAll(document.Descendants().Attributes().Where(a => IsExternalReference(a, maxImagePixels)));
        removed += RemoveAll(UseCycles(document));
        var drawn = ExpandedSize(document);
        if (drawn > MaxDrawnElements)
        {
            refusal = $"it draws {drawn:N0} elements once <use> is expanded, more than {MaxDrawnElements:N0}";
            return null;
        }
        refusal = null;
        using var output = new MemoryStream();
        document.Save(output, SaveOptions.DisableFormatting);
        return output.ToArray();
    }

    /// <summary>
    /// <see cref="Sanitize"/> for a writer: a refusal is reported as <see cref="DiagnosticCodes.ImageSvgRefused"/>
    /// and removals as <see cref="DiagnosticCodes.ImageSvgExternal"/> against <paramref name="file"/>:<paramref name="line"/>.
    /// </summary>
    public static byte[]? SanitizeAndReport(byte[] svg, string name, long maxImagePixels, DiagnosticBag diagnostics, string file, int line)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var clean = Sanitize(svg, maxImagePixels, out var refusal, out var removed);
        if (clean is null)
            diagnostics.Replaced(ReplacedContent.Image, DiagnosticCodes.ImageSvgRefused, file, line, $"SVG left out, {refusal}: {name}");
        else if (removed > 0)
            diagnostics.Report(DiagnosticCodes.ImageSvgExternal, file, line, $"{removed} external reference(s), script(s) or stylesheet(s) removed from the SVG before drawing: {name}");
        return clean;
    }

    /// <summary>True when the bytes look like an SVG document (an XML declaration, a comment or an <c>svg</c> element first) rather than a raster image.</summary>
    public static bool LooksLikeSvg(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<?xml", StringComparison.Ordinal) || head.StartsWith("<svg", StringComparison.Ordinal)
            || head.StartsWith("<!--", StringComparison.Ordinal) || head.StartsWith("<!DOCTYPE svg", StringComparison.Ordinal);
    }

    private static int RemoveAll<T>(IEnumerable<T> nodes) where T : XObject
    {
        var list = nodes.ToList();
        foreach (var node in list)
        {
            if (node is XAttribute attribute) attribute.Remove();
            else if (node is XNode child) child.Remove();
        }
        return list.Count;
    }

    // CSS in <style> elements and style attributes: @import and url() of anything but a fragment are cut out.
    private static int CleanStyles(XDocument document)
    {
        var count = 0;
        foreach (var style in document.Descendants().Where(e => e.Name.LocalName == "style"))
        {
            var cleaned = CleanCss(style.Value, ref count);
            if (!ReferenceEquals(cleaned, style.Value))
                style.Value = cleaned;
        }
        foreach (var attribute in document.Descendants().Attributes().Where(a => a.Value.Contains("url(", StringComparison.OrdinalIgnoreCase)))
        {
            var cleaned = CleanCss(attribute.Value, ref count);
            if (!ReferenceEquals(cleaned, attribute.Value))
                attribute.Value = cleaned;
        }
        return count;
    }

    private static string CleanCss(string css, ref int count)
    {
        var found = ImportRule().Count(css) + ExternalUrl().Count(css);
        if (found == 0)
            return css;
        count += found;
        return ExternalUrl().Replace(ImportRule().Replace(css, ""), "none");
    }

    private static bool IsExternalReference(XAttribute attribute, long maxImagePixels)
    {
        if (attribute.Name.LocalName != "href")
            return false;
        var value = attribute.Value.Trim();
        if (value.StartsWith('#'))
            return false;
        return EmbeddedRaster(value) is not { } bytes || !WithinPixels(bytes, maxImagePixels);
    }

    // Only base64 rasters: an embedded SVG would be drawn without going through this sanitizer.
    private static byte[]? EmbeddedRaster(string value)
    {
        var match = DataUri().Match(value);
        if (!match.Success)
            return null;
        try
        {
            return Convert.FromBase64String(match.Groups["data"].Value);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool WithinPixels(byte[] bytes, long maxImagePixels)
    {
        var size = ImageHeader.PixelSize(bytes);
        return size is { } s && (long)s.Width * s.Height <= maxImagePixels;
    }

    // <use> elements that reach themselves through the elements they reference (a drawer would recurse forever).
    private static List<XElement> UseCycles(XDocument document)
    {
        var ids = IdsOf(document);
        var cycles = new List<XElement>();
        foreach (var use in document.Descendants().Where(e => e.Name.LocalName == "use").ToList())
        {
            if (Reaches(use, Target(use, ids), ids, []))
                cycles.Add(use);
        }
        return cycles;
    }

    private static bool Reaches(XElement use, XElement? from, Dictionary<string, XElement> ids, HashSet<XElement> seen)
    {
        if (from is null || !seen.Add(from))
            return false;
        if (from == use || use.Ancestors().Contains(from))
            return true;
        return from.DescendantsAndSelf().Where(e => e.Name.LocalName == "use").Any(inner => Reaches(use, Target(inner, ids), ids, seen));
    }

    // Elements drawn once every <use> is replaced by what it references (memoized, so linear in the document).
    private static long ExpandedSize(XDocument document)
    {
        var ids = IdsOf(document);
        var sizes = new Dictionary<XElement, long>();
        return document.Root is null ? 0 : SizeOf(document.Root, ids, sizes, []);
    }

    private static long SizeOf(XElement element, Dictionary<string, XElement> ids, Dictionary<XElement, long> sizes, HashSet<XElement> open)
    {
        if (sizes.TryGetValue(element, out var known))
            return known;
        if (!open.Add(element))
            return 0;
        var size = 1L;
        foreach (var child in element.Elements())
            size = Math.Min(long.MaxValue / 2, size + SizeOf(child, ids, sizes, open));
        if (element.Name.LocalName == "use" && Target(element, ids) is { } target)
            size = Math.Min(long.MaxValue / 2, size + SizeOf(target, ids, sizes, open));
        open.Remove(element);
        sizes[element] = size;
        return size;
    }

    private static Dictionary<string, XElement> IdsOf(XDocument document)
    {
        var ids = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var element in document.Descendants())
        {
            if (element.Attribute("id")?.Value is { } id)
                ids.TryAdd(id, element);
        }
        return ids;
    }

    private static XElement? Target(XElement use, Dictionary<string, XElement> ids)
    {
        var href = use.Attributes().FirstOrDefault(a => a.Name.LocalName == "href")?.Value.Trim();
        return href is { Length: > 1 } && href[0] == '#' ? ids.GetValueOrDefault(href[1..]) : null;
    }

    [GeneratedRegex(@"@import[^;]*;?", RegexOptions.IgnoreCase)]
    private static partial Regex ImportRule();

    // Atomic group: the blanks and quote before the target must not be given back to let "#" slip.
    [GeneratedRegex(@"url\((?>\s*['""]?\s*)(?!#)[^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();

    [GeneratedRegex(@"^data:image/(png|jpeg|jpg|gif|webp);base64,(?<data>[A-Za-z0-9+/=\s]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DataUri();
}
