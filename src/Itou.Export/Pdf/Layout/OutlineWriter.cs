using System.Globalization;
using System.Text;

namespace Itou.Export.Pdf.Layout;

/// <summary>Writes the outline (bookmark) objects of <see cref="PdfCatalogUpdate"/>: a tree linked by /Parent, /Prev, /Next, /First, /Last.</summary>
internal static class OutlineWriter
{
    /// <summary>
    /// Adds the outline root (object <paramref name="root"/>) and its items to <paramref name="objects"/>
    /// (object n is <c>objects[n - root]</c>); <paramref name="next"/> is the next free object number.
    /// </summary>
    public static void Write(List<string> objects, int root, IReadOnlyList<OutlineItem> items, IReadOnlyDictionary<string, AnchorLocation> anchors, ref int next, Action<OutlineItem> reportUnknown)
    {
        objects.Add(""); // the root, written once its children are numbered
        var (first, last, count) = WriteLevel(objects, root, root, items, anchors, ref next, reportUnknown);
        objects[0] = $"<< /Type /Outlines /First {first} 0 R /Last {last} 0 R /Count {count} >>";
    }

    private static (int First, int Last, int Count) WriteLevel(List<string> objects, int root, int parent, IReadOnlyList<OutlineItem> items, IReadOnlyDictionary<string, AnchorLocation> anchors, ref int next, Action<OutlineItem> reportUnknown)
    {
        var numbers = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            numbers[i] = next++;
            objects.Add("");
        }
        var total = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var body = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<< /Title {PdfCatalogUpdate.PdfText(item.Title)} /Parent {parent} 0 R");
            if (i > 0)
                body.Append(CultureInfo.InvariantCulture, $" /Prev {numbers[i - 1]} 0 R");
            if (i < items.Count - 1)
                body.Append(CultureInfo.InvariantCulture, $" /Next {numbers[i + 1]} 0 R");
            if (anchors.ContainsKey(item.Anchor))
                body.Append(" /Dest ").Append(PdfCatalogUpdate.PdfName(item.Anchor));
            else
                reportUnknown(item);
            if (item.Children.Count > 0)
            {
                var (first, last, count) = WriteLevel(objects, root, numbers[i], item.Children, anchors, ref next, reportUnknown);
                body.Append(CultureInfo.InvariantCulture, $" /First {first} 0 R /Last {last} 0 R /Count {count}");
                total += count;
            }
            objects[numbers[i] - root] = body.Append(" >>").ToString();
            total++;
        }
        return (numbers[0], numbers[^1], total);
    }
}
