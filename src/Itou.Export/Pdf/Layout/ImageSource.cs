using Itou.Export.Imaging;
using SkiaSharp;
using Svg.Skia;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// A picture ready to draw: a raster (JPEG passed through to the PDF unchanged, PNG with its
/// transparency) or an SVG drawn as vectors. Sizes are in points (raster pixels at 96 dpi).
/// </summary>
public sealed class ImageSource : IDisposable
{
    private const float PointsPerPixel = 72f / 96f;
    // A raster is made on first draw: one prepared in the background (LoadLater) is awaited only then.
    private readonly Lazy<SKImage?>? raster;
    private readonly SKPicture? vector;
    private readonly SvgTypefaces? vectorFonts;

    private ImageSource(Lazy<SKImage?>? raster, SKPicture? vector, SKSize size, SvgTypefaces? vectorFonts = null)
    {
        this.raster = raster;
        this.vector = vector;
        this.vectorFonts = vectorFonts;
        Width = size.Width;
        Height = size.Height;
    }

    /// <summary>Natural width in points.</summary>
    public float Width { get; }

    /// <summary>Natural height in points.</summary>
    public float Height { get; }

    /// <summary>True for an SVG.</summary>
    public bool IsVector => vector is not null;

    /// <summary>
    /// Reads a JPEG, PNG (or another format Skia decodes) or SVG file's bytes; null when they cannot be
    /// read or have no size. SVG files never load anything outside themselves, and pictures embedded in
    /// them are bounded by <paramref name="limits"/> (the defaults when null).
    /// </summary>
    public static ImageSource? Load(byte[] data, Publishing.ExportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!SvgSanitizer.LooksLikeSvg(data))
            return LoadRaster(data);
        var clean = SvgSanitizer.Sanitize(data, (limits ?? new Publishing.ExportLimits()).MaxImagePixels, out _, out _);
        return clean is null ? null : LoadSanitizedSvg(clean);
    }

    /// <summary>
    /// A raster of <paramref name="width"/> × <paramref name="height"/> pixels whose bytes <paramref name="encode"/>
    /// makes on another thread, while layout goes on: only drawing waits for them.
    /// </summary>
    internal static ImageSource LoadLater(int width, int height, Func<byte[]> encode)
    {
        var bytes = Task.Run(encode);
        return new ImageSource(new Lazy<SKImage?>(() => SKImage.FromEncodedData(bytes.GetAwaiter().GetResult())), null,
            new SKSize(width * PointsPerPixel, height * PointsPerPixel));
    }

    /// <summary>An SVG already through <see cref="SvgSanitizer"/>; null when it has no size.</summary>
    internal static ImageSource? LoadSanitizedSvg(byte[] clean)
    {
        var fonts = SvgTypefaces.For(clean);
        var svg = new SKSvg();
        svg.Settings.TypefaceProviders = [fonts];
        var picture = svg.Load(new MemoryStream(clean, writable: false));
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
        {
            picture?.Dispose();
            fonts.Dispose();
            return null;
        }
        return new ImageSource(null, picture, new SKSize(picture.CullRect.Width * PointsPerPixel, picture.CullRect.Height * PointsPerPixel), fonts);
    }

    /// <summary>Draws the picture stretched over <paramref name="area"/>.</summary>
    internal void Draw(SKCanvas canvas, SKRect area)
    {
        if (raster is not null)
        {
            using var paint = new SKPaint { IsAntialias = true };
            if (raster.Value is { } image)
                canvas.DrawImage(image, area, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), paint);
            return;
        }
        // The picture is in SVG user units (its cull rect, which may not start at 0,0), not in points.
        var bounds = vector!.CullRect;
        canvas.Save();
        canvas.Translate(area.Left, area.Top);
        canvas.Scale(area.Width / bounds.Width, area.Height / bounds.Height);
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.ClipRect(bounds);
        canvas.DrawPicture(vector);
        canvas.Restore();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (raster is { IsValueCreated: true })
            raster.Value?.Dispose();
        vector?.Dispose();
        vectorFonts?.Dispose();
    }

    private static ImageSource? LoadRaster(byte[] data)
    {
        var image = SKImage.FromEncodedData(data);
        if (image is null || image.Width <= 0 || image.Height <= 0)
        {
            image?.Dispose();
            return null;
        }
        return new ImageSource(new Lazy<SKImage?>(image), null, new SKSize(image.Width * PointsPerPixel, image.Height * PointsPerPixel));
    }
}
