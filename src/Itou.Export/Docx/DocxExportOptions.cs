using Itou.Export.Publishing;

namespace Itou.Export.Docx;

/// <summary>Settings of one Word export beyond the theme.</summary>
public sealed record DocxExportOptions
{
    /// <summary>The date on the cover and in the document properties; today (UTC) when null. Fix it for reproducible files.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Bounds on images and nesting; the space's limits when null.</summary>
    public ExportLimits? Limits { get; init; }
}
