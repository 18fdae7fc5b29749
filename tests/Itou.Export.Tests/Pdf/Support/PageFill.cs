using UglyToad.PdfPig;

namespace Itou.Export.Tests.Pdf.Support;

/// <summary>
/// Print economy, measured as ../shared/tools/pdf-fill does: a page (cover and last page aside) is
/// nearly empty when the words of its body (between the top and bottom tenths of the page, where the
/// running header and footer are) span less than a fifth of the body's height, and its pictures hold
/// fewer than 300 × 300 pixels.
/// </summary>
internal static class PageFill
{
    private const double BodyShare = 0.2;
    private const long LargePicturePixels = 300 * 300;

    /// <summary>The numbers of the nearly empty pages, and how many pages were judged.</summary>
    public static (IReadOnlyList<int> NearlyEmpty, int Judged) Measure(PdfDocument document)
    {
        var nearlyEmpty = new List<int>();
        for (var number = 2; number < document.NumberOfPages; number++)
        {
            var page = document.GetPage(number);
            var (top, bottom) = (0.1 * page.Height, 0.9 * page.Height);
            // PdfPig measures y from the bottom; pdf-fill (pdftotext -bbox) from the top.
            var body = page.GetWords().Select(word => (Top: page.Height - word.BoundingBox.Top, Bottom: page.Height - word.BoundingBox.Bottom))
                .Where(word => word.Top > top && word.Bottom < bottom).ToList();
            var span = body.Count == 0 ? 0 : body.Max(word => word.Bottom) - body.Min(word => word.Top);
            var pixels = page.GetImages().Sum(image => (long)image.WidthInSamples * image.HeightInSamples);
            if (span < BodyShare * (bottom - top) && pixels < LargePicturePixels)
                nearlyEmpty.Add(number);
        }
        return (nearlyEmpty, Math.Max(1, document.NumberOfPages - 2));
    }
}
