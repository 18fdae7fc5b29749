using Itou.Export.Markdown;
using Itou.Export.Publishing;

namespace Itou.Export.Space;

/// <summary>Reads one page: its text, its front matter, then its body parsed with a context for this page.</summary>
internal sealed class PageReader(SpaceFileReader files, IReadOnlyDictionary<string, string> spaceVariables, ExportLimits limits, DiagnosticBag diagnostics)
{
    private readonly IncludeReader includes = new(files, diagnostics);

    /// <summary>The page at a space-relative path, or null (reported) when it cannot be read.</summary>
    public Page? Read(string path)
    {
        var text = files.Read(path);
        return text is null ? null : Parse(path, text);
    }

    /// <summary>Parses the text of the page at <paramref name="path"/>.</summary>
    public Page Parse(string path, string text)
    {
        var (frontMatter, body) = FrontMatterReader.Split(text, path, diagnostics);
        var context = new GitBookParseContext
        {
            FilePath = path,
            Diagnostics = diagnostics,
            IncludeReader = includes.Read,
            Variables = Variables(frontMatter),
            Limits = limits,
        };
        return new Page(path, frontMatter, PageMarkdown.Parse(body, context));
    }

    private Dictionary<string, string> Variables(PageFrontMatter frontMatter)
    {
        var variables = new Dictionary<string, string>(spaceVariables, StringComparer.Ordinal);
        foreach (var (name, value) in frontMatter.Vars)
            variables["page.vars." + name] = value;
        return variables;
    }
}
