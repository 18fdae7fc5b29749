using Itou.Export.Publishing;

namespace Itou.Export.Docx;

/// <summary>Settings of one Word export beyond the theme.</summary>
public sealed record DocxExportOptions
{
    /// <summary>The date on the cover and in the document properties; today (UTC) when null. Fix it for reproducible files.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Bounds on images and nesting, and whether remote images are fetched; the space's limits when null.</summary>
    public ExportLimits? Limits { get; init; }

    /// <summary>
    /// Carries the requests for remote images when <see cref="ExportLimits.AllowRemoteImages"/> is on (a
    /// proxy, a test server); a new handler per export when null. It should not follow redirects itself:
    /// the exporter follows a few, to http and https only. Not disposed by the export.
    /// </summary>
    public HttpMessageHandler? RemoteImageHandler { get; init; }

    /// <summary>
    /// Where fetched remote pictures are kept between exports (see <see cref="RemoteImageCache"/>); none when
    /// null, the default, so that a service writes nothing outside its output. With a cache and remote images
    /// off, the cached copies are still used (no connection is made).
    /// </summary>
    public RemoteImageCache? RemoteImageCache { get; init; }

    /// <summary>
    /// Told of each page written (<see cref="ExportPhase.Writing"/>, and <see cref="ExportPhase.FetchingImages"/>
    /// per remote image), in order, on the export's threads: use an <see cref="IProgress{T}"/> that handles
    /// the report at once, since <see cref="Progress{T}"/> may run its handlers out of order.
    /// </summary>
    public IProgress<ExportProgress>? Progress { get; init; }
}
