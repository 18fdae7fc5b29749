using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;
using UglyToad.PdfPig.Content;

namespace Itou.Export.Tests.Pdf;

/// <summary>
/// Paper readers (issue 15 §4), read back as printed: pages rendered in grey by poppler's pdftoppm at
/// 72 dpi (one pixel a point), words placed by PdfPig. The table of contents has dot leaders; warning
/// and danger callouts differ in grey by their rule and their tint, not only by their colour.
/// </summary>
public class PaperReadingTests
{
    [Fact]
    public async Task Table_of_contents_lines_lead_the_eye_to_the_page_number_with_dots()
    {
        var pdf = await ExportedPdf.CreateAsync(TestPaths.SampleSpace, ExportSelection.Book, ThemeLoader.Load(TestPaths.SampleTheme), "paper-toc");
        using var document = pdf.Open();
        var page = document.GetPages().First(p => p.Number > 1 && p.GetWords().Any(w => w.Text == "Sommaire"));
        var words = page.GetWords().ToList();
        var title = words.Last(w => w.Text == "vélo");
        var number = words.Single(w => w.Text.All(char.IsAsciiDigit) && Math.Abs(w.BoundingBox.Bottom - title.BoundingBox.Bottom) < 2 && w.BoundingBox.Left > title.BoundingBox.Right);
        var grey = Grey.Render(pdf.Path, page.Number);
        var baseline = (int)Math.Round(page.Height - title.BoundingBox.Bottom);

        var dots = Grey.DarkPixels(grey, (int)title.BoundingBox.Right + 6, (int)number.BoundingBox.Left - 6, baseline - 3, baseline + 1);
        Assert.True(dots >= 10, $"{dots} dark pixels between \"{title.Text}\" and its page number {number.Text}: no dot leaders");
    }

    [Fact]
    public async Task Warning_and_danger_callouts_differ_in_grey_by_rule_and_tint()
    {
        using var temp = new TempSpace().Write("README.md",
            "# Essai\n\n{% hint style=\"warning\" %}\nPrudence avec les outils.\n{% endhint %}\n\n{% hint style=\"danger\" %}\nInterdit de rouler ainsi.\n{% endhint %}\n");
        var pdf = await ExportedPdf.CreateAsync(temp.Folder, ExportSelection.Page("README.md"), Theme.Default, "paper-callouts");
        using var document = pdf.Open();
        var page = document.GetPage(1);
        var grey = Grey.Render(pdf.Path, 1);

        var warning = Callout(grey, page, page.GetWords().Single(w => w.Text == "Prudence"));
        var danger = Callout(grey, page, page.GetWords().Single(w => w.Text == "Interdit"));
        Assert.True(danger.Rule >= warning.Rule + 3, $"rules of {warning.Rule} and {danger.Rule} pt: alike on grey paper");
        Assert.True(danger.Tint <= warning.Tint - 5, $"backgrounds of grey {warning.Tint} and {danger.Tint}: alike on grey paper");
    }

    // Along the row through the word: the width of the dark rule met first, and the grey just inside it.
    private static (int Rule, int Tint) Callout(Grey.Image grey, Page page, Word word)
    {
        var row = (int)Math.Round(page.Height - (word.BoundingBox.Bottom + word.BoundingBox.Top) / 2);
        var start = Enumerable.Range(0, (int)word.BoundingBox.Left).First(x => grey.At(x, row) < 160);
        var end = Enumerable.Range(start, (int)word.BoundingBox.Left - start).First(x => grey.At(x, row) >= 160);
        return (end - start, grey.At(end + 3, row));
    }
}

/// <summary>A PDF page rendered in grey by pdftoppm (PGM, 72 dpi), read pixel by pixel.</summary>
internal static class Grey
{
    public sealed record Image(int Width, int Height, byte[] Pixels)
    {
        public int At(int x, int y) => Pixels[y * Width + x];
    }

    public static Image Render(string pdf, int page)
    {
        var output = Path.Combine(Path.GetTempPath(), "itou-grey-" + Guid.NewGuid().ToString("N"));
        var (code, log) = ExternalTool.RunOrSkip("pdftoppm", "-gray", "-r", "72", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdf, output);
        Assert.True(code == 0, log);
        var bytes = File.ReadAllBytes(output + ".pgm");
        File.Delete(output + ".pgm");
        // "P5\n<width> <height>\n255\n" then one byte per pixel.
        var header = System.Text.Encoding.ASCII.GetString(bytes, 0, 32).Split((char[]?)null, 5, StringSplitOptions.RemoveEmptyEntries);
        var (width, height) = (int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture));
        return new Image(width, height, bytes[^(width * height)..]);
    }

    public static int DarkPixels(Image image, int left, int right, int top, int bottom) =>
        Enumerable.Range(left, Math.Max(0, right - left)).Sum(x => Enumerable.Range(top, bottom - top + 1).Count(y => image.At(x, y) < 240));
}
