namespace Itou.Export.Publishing;

/// <summary>What an export returns: its diagnostics and what became of the content of the selected pages.</summary>
/// <param name="Diagnostics">Every diagnostic of the space and of this export, in a stable order.</param>
/// <param name="Content">Per kind of content: expected, written, diagnosed and missing.</param>
public sealed record ExportResult(IReadOnlyList<Diagnostic> Diagnostics, ContentReport Content);
