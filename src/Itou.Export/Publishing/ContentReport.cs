namespace Itou.Export.Publishing;

/// <summary>
/// What became of one kind of content in an export. Every item the selected pages hold is counted once
/// in <see cref="Expected"/> and in exactly one of <see cref="Written"/>, <see cref="Diagnosed"/> (left
/// out or replaced, and a diagnostic says so) or <see cref="Missing"/> (neither: each also gets an
/// <see cref="DiagnosticCodes.ContentMissing"/> diagnostic).
/// </summary>
/// <param name="Kind">The kind of content.</param>
/// <param name="Expected">Items of this kind in the selected pages.</param>
/// <param name="Written">Items the writer put in the document.</param>
/// <param name="Diagnosed">Items not written, but named by a diagnostic (a placeholder, a link printed as text…).</param>
/// <param name="Missing">Items neither written nor diagnosed: a writer bug, reported as <see cref="DiagnosticCodes.ContentMissing"/>.</param>
public sealed record ContentCount(ContentKind Kind, int Expected, int Written, int Diagnosed, int Missing);

/// <summary>The content accounting of one export: one <see cref="ContentCount"/> per <see cref="ContentKind"/>.</summary>
public sealed class ContentReport
{
    internal ContentReport(IReadOnlyList<ContentCount> counts) => Counts = counts;

    /// <summary>The counts, one per kind, in the order of <see cref="ContentKind"/>.</summary>
    public IReadOnlyList<ContentCount> Counts { get; }

    /// <summary>The counts of one kind.</summary>
    public ContentCount this[ContentKind kind] => Counts.Single(c => c.Kind == kind);

    /// <summary>How many items of all kinds went missing (0 when nothing was lost silently).</summary>
    public int Missing => Counts.Sum(c => c.Missing);
}
