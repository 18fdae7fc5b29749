using Itou.Export.Pdf.Layout;
using SkiaSharp;

namespace Itou.Export.Tests.Pdf.Layout;

public sealed class ImageTests
{
    internal static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0, 128, 255, 128));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public void A_wide_image_is_scaled_to_the_width_keeping_its_aspect()
    {
        using var kit = new LayoutTestKit();
        using var source = ImageSource.Load(Png(800, 400))!;

        Assert.Equal(SpacePlan.Full(300, 150), kit.Measure(new Image(source), 300, 500));
    }

    [Fact]
    public void A_small_image_is_never_enlarged()
    {
        using var kit = new LayoutTestKit();
        using var source = ImageSource.Load(Png(40, 20))!;

        Assert.Equal(SpacePlan.Full(30, 15), kit.Measure(new Image(source), 300, 500));
    }

    [Fact]
    public void An_image_taller_than_an_empty_page_is_shrunk_with_a_diagnostic()
    {
        using var kit = new LayoutTestKit();
        using var source = ImageSource.Load(Png(100, 2000))!;
        var image = new Image(source);
        Assert.True(kit.Measure(image, 300, 200).IsWrap);

        kit.Context.Forcing = true;
        var plan = kit.Page(image, 300, 200);

        Assert.Equal(SpacePlan.Full(10, 200), plan);
        Assert.Contains(kit.Diagnostics.Items, d => d.Code == Itou.Export.Publishing.DiagnosticCodes.PdfImageScaled);
    }

    [Fact]
    public void An_svg_is_read_as_vectors_without_its_external_references()
    {
        var svg = """
            <?xml version="1.0"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100">
              <rect width="200" height="100" fill="#000091"/>
              <image xlink:href="file:///etc/passwd" width="10" height="10"/>
              <text x="10" y="50" font-family="Marianne">Texte</text>
            </svg>
            """;
        using var source = ImageSource.Load(System.Text.Encoding.UTF8.GetBytes(svg))!;

        Assert.True(source.IsVector);
        Assert.Equal(150, source.Width);
        Assert.Equal(75, source.Height);
    }

    [Theory]
    [InlineData("""width="400" height="96" viewBox="0 0 400 96" """, 0, 0)]
    [InlineData("""viewBox="0 0 400 96" """, 0, 0)]
    [InlineData("""width="400" height="96" viewBox="100 50 400 96" """, 100, 50)]
    public void An_svg_is_drawn_whole_over_its_area(string sizeAttributes, int left, int top)
    {
        // Two squares mark the view box's corners: both must land in the area's corners, not clipped or shifted.
        var svg = $"""
            <svg xmlns="http://www.w3.org/2000/svg" {sizeAttributes}>
              <rect x="{left}" y="{top}" width="12" height="12" fill="#000091"/>
              <rect x="{left + 388}" y="{top + 84}" width="12" height="12" fill="#000091"/>
            </svg>
            """;
        using var source = ImageSource.Load(System.Text.Encoding.UTF8.GetBytes(svg))!;
        using var bitmap = new SKBitmap(200, 48);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            source.Draw(canvas, SKRect.Create(0, 0, 200, 48));
        }

        Assert.Equal(300, source.Width);
        Assert.Equal(72, source.Height);
        var blue = new SKColor(0, 0, 0x91);
        Assert.Equal(blue, bitmap.GetPixel(1, 1));
        Assert.Equal(blue, bitmap.GetPixel(198, 46));
        Assert.Equal(SKColors.White, bitmap.GetPixel(100, 24));
    }

    [Fact]
    public void Bytes_that_are_no_image_give_nothing()
    {
        Assert.Null(ImageSource.Load([1, 2, 3, 4]));
        Assert.Null(ImageSource.Load("<svg"u8.ToArray()));
    }
}
