using Markdig.Syntax;

namespace Itou.Export.Publishing;

/// <summary>
/// Content accounting for one export, kept in one place so writers only report what they emit. The
/// expected side is every content item (<see cref="ContentItems.KindOf"/>) of the selected pages' trees;
/// writers call <see cref="Written"/> when an item is actually in the document. At <see cref="Close"/>,
/// an item not written counts as diagnosed when a diagnostic of the page at its line says it replaced
/// such an item (<see cref="Diagnostic.Replaces"/>), or one at the line of a block around it says that
/// block was left out; anything else
/// is missing and becomes an <see cref="DiagnosticCodes.ContentMissing"/> diagnostic, so that no
/// content is lost silently. Writers may call <see cref="Written"/> from one thread at a time or several.
/// </summary>
internal sealed class ContentLedger
{
    private readonly List<(MarkdownObject Node, ContentKind Kind, string File)> expected = [];
    private readonly HashSet<MarkdownObject> written = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<MarkdownObject> notAllDrawn = new(ReferenceEqualityComparer.Instance);
    private readonly Lock gate = new();

    /// <summary>A ledger expecting the content of every page <paramref name="publication"/> prints.</summary>
    public static ContentLedger For(Publication publication)
    {
        var ledger = new ContentLedger();
        foreach (var page in publication.Pages.Distinct())
            ledger.Expect(page.Path, page.Document);
        return ledger;
    }

    /// <summary>Expects every content item under <paramref name="root"/>, a tree of the page at <paramref name="file"/>.</summary>
    public void Expect(string file, MarkdownObject root)
    {
        foreach (var node in root.Descendants())
        {
            if (ContentItems.KindOf(node) is { } kind)
                expected.Add((node, kind, file));
        }
    }

    /// <summary>A writer put <paramref name="node"/> in the document (reporting it twice is harmless).</summary>
    public void Written(MarkdownObject node)
    {
        lock (gate)
            written.Add(node);
    }

    /// <summary>
    /// Some characters of <paramref name="node"/> cannot be drawn (no font has them) and a diagnostic said
    /// so where they are first used: the item counts as diagnosed, never as written.
    /// </summary>
    public void NotAllDrawn(MarkdownObject node)
    {
        lock (gate)
            notAllDrawn.Add(node);
    }

    /// <summary>
    /// A writer put the words of <paramref name="node"/> in the document another way than node by node (a
    /// title on the cover, a page mention printed as the page's title): the text inside it is written.
    /// </summary>
    public void WrittenAsText(MarkdownObject node)
    {
        lock (gate)
        {
            foreach (var inner in ContentItems.Within(node).Where(inner => ContentItems.KindOf(inner) == ContentKind.Text))
                written.Add(inner);
        }
    }

    /// <summary>
    /// Counts each expected item as written, diagnosed or missing (in that order of preference), reports
    /// every missing one into <paramref name="diagnostics"/>, and returns the counts per kind.
    /// </summary>
    public ContentReport Close(DiagnosticBag diagnostics)
    {
        var replacedAt = diagnostics.Items.Where(d => d.Replaces != ReplacedContent.None).ToLookup(d => (d.File, d.Line), d => d.Replaces);
        // Tallied by kind (the enum's values index the rows) and outcome, in one pass over the items.
        var tally = new int[Enum.GetValues<ContentKind>().Length, 3];
        lock (gate)
        {
            foreach (var (node, kind, file) in expected)
            {
                var outcome = notAllDrawn.Contains(node) ? Outcome.Diagnosed
                    : written.Contains(node) ? Outcome.Written
                    : Diagnosed(node, kind, file, replacedAt) ? Outcome.Diagnosed : Outcome.Missing;
                tally[(int)kind, (int)outcome]++;
                if (outcome == Outcome.Missing)
                    ReportMissing(diagnostics, node, kind, file);
            }
        }
        return new ContentReport([.. Enum.GetValues<ContentKind>().Select(kind =>
        {
            var (writtenCount, diagnosedCount, missingCount) = (tally[(int)kind, (int)Outcome.Written], tally[(int)kind, (int)Outcome.Diagnosed], tally[(int)kind, (int)Outcome.Missing]);
            return new ContentCount(kind, writtenCount + diagnosedCount + missingCount, writtenCount, diagnosedCount, missingCount);
        })]);
    }

    private enum Outcome { Written, Diagnosed, Missing }

    private static void ReportMissing(DiagnosticBag diagnostics, MarkdownObject node, ContentKind kind, string file)
    {
        var what = ContentItems.Describe(node);
        diagnostics.Report(DiagnosticCodes.ContentMissing, file, node.Line + 1,
            $"{Name(kind)}{(what.Length > 0 ? " " + what : "")} is neither in the document nor named by another diagnostic: the writer lost it.",
            DiagnosticSeverity.Error);
    }

    private static bool Diagnosed(MarkdownObject node, ContentKind kind, string file, ILookup<(string, int), ReplacedContent> replacedAt)
    {
        if (Replacement(kind) is { } own && replacedAt[(file, node.Line + 1)].Any(replaces => replaces.HasFlag(own)))
            return true;
        return ContentItems.Lines(node).Any(line => replacedAt[(file, line)].Any(replaces => replaces.HasFlag(ReplacedContent.Block)));
    }

    // Only pictures and links are replaced one by one (by their description, by their text); other items go with their block.
    private static ReplacedContent? Replacement(ContentKind kind) => kind switch
    {
        ContentKind.Image => ReplacedContent.Image,
        ContentKind.Link => ReplacedContent.Link,
        _ => null,
    };

    private static string Name(ContentKind kind) => kind switch
    {
        ContentKind.Text => "The text",
        ContentKind.Image => "The image",
        ContentKind.Link => "The link",
        ContentKind.Heading => "The heading",
        ContentKind.CodeBlock => "A code block",
        ContentKind.Table => "A table",
        ContentKind.Formula => "A formula",
        _ => "A footnote",
    };
}
