using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Pdf.Support;

/// <summary>
/// What a reader sees, not what a machine extracts: every word box of the text layer (pdftotext -bbox)
/// must have ink under it once the page is rendered to pixels (pdftoppm, grey, 60 dpi), as
/// ../shared/tools/pdf-ink checks. A word drawn with an empty glyph (a font without the character) is blank.
/// </summary>
internal static partial class InkCheck
{
    private const int Dpi = 60;
    private const byte Ink = 200;

    /// <summary>The words with no ink under them (as "p3:word") and how many words were looked at, on <paramref name="pages"/> pages spread over the document.</summary>
    public static (IReadOnlyList<string> Blank, int Words) BlankWords(string pdf, int pages = 24)
    {
        var (_, info, _) = ExternalTool.Run("pdfinfo", pdf);
        var count = int.Parse(PageCount().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
        var picks = Enumerable.Range(0, pages).Select(i => 1 + i * (count - 1) / Math.Max(1, pages - 1)).Distinct();
        var blank = new List<string>();
        var words = 0;
        var folder = Directory.CreateTempSubdirectory("itou-ink-").FullName;
        try
        {
            foreach (var page in picks)
            {
                var (width, height, pixels) = Render(pdf, page, folder);
                foreach (var (box, word) in WordBoxes(pdf, page, folder))
                {
                    words++;
                    if (!HasInk(pixels, width, height, box))
                        blank.Add($"p{page}:{word}");
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return (blank, words);
    }

    private static (int Width, int Height, byte[] Pixels) Render(string pdf, int page, string folder)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        ExternalTool.Run("pdftoppm", "-gray", "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, "-singlefile", pdf, Path.Combine(folder, "p"));
        var data = File.ReadAllBytes(Path.Combine(folder, "p.pgm"));
        // A binary PGM: "P5 width height maxval" and one whitespace, then a byte per pixel.
        var header = PgmHeader().Match(System.Text.Encoding.ASCII.GetString(data, 0, Math.Min(64, data.Length)));
        var width = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
        var height = int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture);
        return (width, height, data[header.Length..]);
    }

    private static IEnumerable<((double X0, double Y0, double X1, double Y1) Box, string Word)> WordBoxes(string pdf, int page, string folder)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var html = Path.Combine(folder, "b.html");
        ExternalTool.Run("pdftotext", "-enc", "UTF-8", "-bbox", "-f", number, "-l", number, pdf, html);
        foreach (Match word in WordElement().Matches(File.ReadAllText(html)))
        {
            var text = WebUtility.HtmlDecode(word.Groups[5].Value);
            if (string.IsNullOrWhiteSpace(text))
                continue;
            double At(int group) => double.Parse(word.Groups[group].Value, CultureInfo.InvariantCulture) * Dpi / 72;
            yield return ((At(1), At(2), At(3), At(4)), text);
        }
    }

    private static bool HasInk(byte[] pixels, int width, int height, (double X0, double Y0, double X1, double Y1) box)
    {
        var (left, right) = (Math.Max(0, (int)box.X0), Math.Min(width, (int)box.X1 + 1));
        var (top, bottom) = (Math.Max(0, (int)box.Y0), Math.Min(height, (int)box.Y1 + 1));
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                if (pixels[y * width + x] < Ink)
                    return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PageCount();

    [GeneratedRegex(@"^P5\s+(\d+)\s+(\d+)\s+(\d+)\s")]
    private static partial Regex PgmHeader();

    [GeneratedRegex("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</word>")]
    private static partial Regex WordElement();
}
