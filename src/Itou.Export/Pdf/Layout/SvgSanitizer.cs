using System.Xml;
using System.Xml.Linq;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// Makes an SVG self-contained before it is drawn: no DTD or entities, no stylesheet processing
/// instruction, no <c>@import</c>, and every <c>href</c> that is not a fragment (<c>#id</c>) or a
/// <c>data:</c> URI removed, so drawing never reads a file or the network.
/// </summary>
internal static class SvgSanitizer
{
    /// <summary>True when the bytes start (after a BOM and blanks) with an XML or SVG tag.</summary>
    public static bool LooksLikeSvg(byte[] data)
    {
        var head = System.Text.Encoding.UTF8.GetString(data, 0, Math.Min(data.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<?xml", StringComparison.Ordinal) || head.StartsWith("<svg", StringComparison.Ordinal) || head.StartsWith("<!--", StringComparison.Ordinal);
    }

    /// <summary>The cleaned SVG as a stream, or null when it is not well-formed XML.</summary>
    public static MemoryStream? Sanitize(byte[] data)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(data), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
        document.Nodes().OfType<XProcessingInstruction>().ToList().ForEach(node => node.Remove());
        document.Descendants().Where(e => e.Name.LocalName == "style" && e.Value.Contains("@import", StringComparison.OrdinalIgnoreCase)).ToList().ForEach(e => e.Remove());
        document.Descendants().Attributes().Where(IsExternalReference).ToList().ForEach(a => a.Remove());
        var output = new MemoryStream();
        document.Save(output);
        output.Position = 0;
        return output;
    }

    private static bool IsExternalReference(XAttribute attribute) =>
        attribute.Name.LocalName == "href"
        && !attribute.Value.StartsWith('#')
        && !attribute.Value.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
}
