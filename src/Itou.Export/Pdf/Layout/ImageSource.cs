using Itou.Export.Imaging;
using SkiaSharp;
using Svg.Skia;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// A picture ready to draw: a raster (JPEG passed through to the PDF without its metadata, turned as its
/// EXIF orientation says when drawn; PNG with its transparency) or an SVG drawn as vectors. Sizes are in
/// points (raster pixels at 96 dpi), as the picture is seen.
/// </summary>
public sealed class ImageSource : IDisposable
{
    private const float PointsPerPixel = 72f / 96f;
    // A raster is made on first draw: one prepared in the background (LoadLater) is awaited only then.
    private readonly Lazy<SKImage?>? raster;
    private readonly Task<SKImage?>? preparing;
    private readonly SKPicture? vector;
    private readonly SvgTypefaces? vectorFonts;
    private readonly int orientation = 1;

    // Pictures are prepared first in, first out (asked for in reading order, they are ready in reading order,
    // as the drawing pass wants them), as many at once as there are cores: the thread pool would add threads
    // while the drawing pass waits, which only take turns on the cores, each with its own pooled pixel
    // buffers and allocator arena, memory the kernel maps in page by page.
    private static readonly TaskScheduler Preparation = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Environment.ProcessorCount).ConcurrentScheduler;

    private ImageSource(Lazy<SKImage?>? raster, SKPicture? vector, SKSize size, SvgTypefaces? vectorFonts = null, int orientation = 1, Task<SKImage?>? preparing = null)
    {
        this.raster = raster;
        this.preparing = preparing;
        this.orientation = orientation;
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
    /// A raster of <paramref name="width"/> × <paramref name="height"/> pixels that <paramref name="prepare"/>
    /// makes on another thread, while layout goes on: only drawing waits for it.
    /// </summary>
    internal static ImageSource LoadLater(int width, int height, Func<SKImage?> prepare)
    {
        var image = Task.Factory.StartNew(prepare, CancellationToken.None, TaskCreationOptions.None, Preparation);
        return new ImageSource(new Lazy<SKImage?>(() => image.GetAwaiter().GetResult()), null,
            new SKSize(width * PointsPerPixel, height * PointsPerPixel), preparing: image);
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
            if (raster.Value is not { } image)
                return;
            var (seenWidth, seenHeight) = Seen(orientation, image.Width, image.Height);
            canvas.Save();
            canvas.Translate(area.Left, area.Top);
            canvas.Scale(area.Width / seenWidth, area.Height / seenHeight);
            canvas.Concat(Oriented(orientation, image.Width, image.Height));
            canvas.DrawImage(image, SKRect.Create(image.Width, image.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), paint);
            canvas.Restore();
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
        // A picture prepared in the background but never drawn is released once it is ready.
        preparing?.ContinueWith(task => task.Result?.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        vector?.Dispose();
        vectorFonts?.Dispose();
    }

    private static ImageSource? LoadRaster(byte[] data)
    {
        // Without its metadata a JPEG still goes into the PDF unchanged (Skia decodes and re-encodes one
        // that carries an EXIF orientation): the orientation is applied when drawing instead.
        var (picture, orientation) = JpegMetadata.Strip(data);
        var image = SKImage.FromEncodedData(picture);
        if (image is null || image.Width <= 0 || image.Height <= 0)
        {
            image?.Dispose();
            return null;
        }
        var (width, height) = Seen(orientation, image.Width, image.Height);
        return new ImageSource(new Lazy<SKImage?>(image), null, new SKSize(width * PointsPerPixel, height * PointsPerPixel), orientation: orientation);
    }

    /// <summary>The size a stored <paramref name="width"/> × <paramref name="height"/> picture is seen at: turned a quarter from orientation 5 on.</summary>
    private static (int Width, int Height) Seen(int orientation, int width, int height) => orientation >= 5 ? (height, width) : (width, height);

    /// <summary>
    /// Maps a stored <paramref name="width"/> × <paramref name="height"/> picture to how EXIF orientation
    /// <paramref name="orientation"/> says it is seen (2, 4: mirrored; 3: upside down; 5 to 8: turned a quarter).
    /// </summary>
    private static SKMatrix Oriented(int orientation, int width, int height) => orientation switch
    {
        2 => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
        3 => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
        4 => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
        5 => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        6 => new SKMatrix(0, -1, height, 1, 0, 0, 0, 0, 1),
        7 => new SKMatrix(0, -1, height, -1, 0, width, 0, 0, 1),
        8 => new SKMatrix(0, 1, 0, -1, 0, width, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
