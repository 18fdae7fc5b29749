using Itou.Export.Markdown;
using Itou.Export.Publishing;

namespace Itou.Export.Space;

/// <summary>
/// Reads <c>{% include %}</c> targets for the dialect: relative to the including file, contained in
/// the space, no cycles, no deeper than <see cref="ExportLimits.MaxIncludeDepth"/>. The front matter
/// of an included file is dropped.
/// </summary>
internal sealed class IncludeReader(SpaceFileReader files, DiagnosticBag diagnostics)
{
    /// <summary>The <see cref="GitBookParseContext.IncludeReader"/> implementation.</summary>
    public (string Path, string Text)? Read(GitBookParseContext context, string reference, int line)
    {
        var path = SpacePaths.Combine(context.FilePath, LinkTargets.Unescape(LinkTargets.Clean(reference)));
        var refusal = Refusal(context, path);
        if (refusal is not null || path is null)
        {
            context.Report(DiagnosticCodes.Include, line, $"Include '{reference}' left out: {refusal}.");
            return null;
        }
        var text = files.Read(path);
        if (text is null)
        {
            // The reader reported why at the target file; this says which tag of which page lost it.
            context.Report(DiagnosticCodes.Include, line, $"Include '{reference}' left out: {path} could not be read.");
            return null;
        }
        var (_, body) = FrontMatterReader.Split(text, path, diagnostics);
        return (path, body);
    }

    private static string? Refusal(GitBookParseContext context, string? path)
    {
        if (path is null)
            return "it is absolute or climbs above the space folder";
        if (path == context.FilePath || context.IncludeChain.Contains(path))
            return "it includes itself (cycle: " + string.Join(" → ", [.. context.IncludeChain, context.FilePath, path]) + ")";
        if (context.IncludeChain.Count >= context.Limits.MaxIncludeDepth)
            return $"includes are nested deeper than {context.Limits.MaxIncludeDepth}";
        return null;
    }
}
