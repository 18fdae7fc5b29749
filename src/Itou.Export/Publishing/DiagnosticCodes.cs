namespace Itou.Export.Publishing;

/// <summary>
/// Every diagnostic code the exporter reports, in one place so users can look them up and filter
/// on them. Prefixes: SPACE (files, summary, config), MD (dialect), LINK, ASSET, PDF, DOCX, LIMIT.
/// </summary>
public static class DiagnosticCodes
{
}
