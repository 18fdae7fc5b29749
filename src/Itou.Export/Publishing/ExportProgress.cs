namespace Itou.Export.Publishing;

/// <summary>The part of an export a <see cref="ExportProgress"/> report is about, in the order they run.</summary>
public enum ExportPhase
{
    /// <summary>Remote images fetched ahead of rendering (only when <see cref="ExportLimits.AllowRemoteImages"/> is on); one report per address.</summary>
    FetchingImages,
    /// <summary>PDF: each page turned into layout elements.</summary>
    Composing,
    /// <summary>PDF, first layout pass: each page laid out on sheets that are not drawn, to count sheets and find page numbers.</summary>
    Measuring,
    /// <summary>PDF, second layout pass: each page drawn into the file.</summary>
    Drawing,
    /// <summary>DOCX: each page written into the document.</summary>
    Writing,
}

/// <summary>
/// One step of an export done: the <see cref="Current"/>-th of <see cref="Total"/> pages (or remote
/// images) finished in <see cref="Phase"/>. Every page of the publication is reported once per phase,
/// in document order (pages a PDF leaves out past the page limit are not); a PDF reports each page
/// three times (composing, measuring, drawing).
/// </summary>
/// <param name="Phase">What was done.</param>
/// <param name="Current">How many are done in this phase, from 1 to <paramref name="Total"/>.</param>
/// <param name="Total">How many this phase has: the publication's pages, or the remote image addresses.</param>
/// <param name="Path">The page's space-relative path, or the image's address.</param>
/// <param name="Title">The page's title in the table of contents; null for an image.</param>
public sealed record ExportProgress(ExportPhase Phase, int Current, int Total, string Path, string? Title);
