using Itou.Export.Localization;
using Itou.Export.Space;
using Itou.Export.Theming;

namespace Itou.Export.Publishing;

/// <summary>
/// What one document holds: the entries of a space to print (the whole book, a section, or one page)
/// in order with their depth, the document title and description, and the resolvers writers use for
/// links (<see cref="Links"/>) and images and files (<see cref="Assets"/>).
/// </summary>
public sealed class Publication
{
    private readonly HashSet<Page> pages;
    private readonly Lazy<Labels> labels;

    private Publication(GitBookSpace space, ExportSelection selection, Theme theme, Selected selected)
    {
        Space = space;
        Selection = selection;
        Theme = theme;
        Title = string.IsNullOrWhiteSpace(theme.Title) ? selected.Title : theme.Title.Trim();
        Description = selected.Description;
        Entries = selected.Entries;
        Pages = [.. Entries.Select(entry => entry.Page).OfType<Page>()];
        pages = [.. Pages];
        Links = new LinkResolver(this);
        labels = new Lazy<Labels>(() => Localization.Labels.For(theme.Language, theme.Labels, () => LanguageDetector.Detect(Pages)));
    }

    /// <summary>
    /// The publication of <paramref name="selection"/> in <paramref name="space"/>. A section or page is
    /// named by page path or table-of-contents title (see <see cref="ExportSelection"/>).
    /// </summary>
    /// <exception cref="SelectionNotFoundException">Nothing, or several entries, match; the message lists near matches.</exception>
    public static Publication Create(GitBookSpace space, ExportSelection selection, Theme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(selection);
        var selected = selection.Kind switch
        {
            SelectionKind.Section => SectionOf(SelectionMatcher.Section(space, selection.Path ?? "")),
            SelectionKind.Page => PageOf(SelectionMatcher.Page(space, selection.Path ?? "")),
            _ => BookOf(space),
        };
        return new Publication(space, selection, theme ?? Theme.Default, selected);
    }

    /// <summary>The space the publication is taken from.</summary>
    public GitBookSpace Space { get; }
    /// <summary>What was asked for.</summary>
    public ExportSelection Selection { get; }
    /// <summary>The theme (its <see cref="Theme.SiteBaseUrl"/> is where links out of the document point).</summary>
    public Theme Theme { get; }
    /// <summary>The document title: the theme's <c>title</c>, else the space title for a book, else the section's or page's title.</summary>
    public string Title { get; }
    /// <summary>The front matter description of the book's readme, the section's page or the page.</summary>
    public string? Description { get; }
    /// <summary>Everything to print, in order: pages, group headings and external entries with their depth.</summary>
    public IReadOnlyList<PublicationEntry> Entries { get; }
    /// <summary>The pages printed, in order.</summary>
    public IReadOnlyList<Page> Pages { get; }
    /// <summary>Resolves links written in the pages for this document.</summary>
    public LinkResolver Links { get; }
    /// <summary>
    /// The document's language (BCP 47): the theme's <see cref="Theme.Language"/>, else the one detected
    /// in the printed pages' text, else English (<c>en-US</c>).
    /// </summary>
    public string Language => Labels.Language;
    /// <summary>
    /// Whether internal links are followed by the page they lead to, "(p. 24)": the theme's
    /// <see cref="Theme.PageReferences"/>, else on for books and sections, off for a one-page brief.
    /// </summary>
    internal bool PageReferences => Theme.PageReferences ?? Selection.Kind != SelectionKind.Page;
    /// <summary>The words the writers print themselves, in <see cref="Language"/>, with its culture.</summary>
    internal Labels Labels => labels.Value;
    /// <summary>Resolves image and file references to contained files.</summary>
    public AssetResolver Assets => Space.Assets;

    /// <summary>Whether <paramref name="page"/> is printed in this document.</summary>
    public bool Contains(Page page) => pages.Contains(page);

    /// <summary>
    /// What an export of this document reports: the diagnostics about its pages and about the space's files
    /// that are not pages (summary, configuration). Other pages' problems and orphans belong to <c>check</c>.
    /// </summary>
    internal IReadOnlyList<Diagnostic> DiagnosticsAbout(DiagnosticBag bag)
    {
        var otherPages = Space.Pages.Where(page => !Contains(page)).Select(page => page.Path).ToHashSet(StringComparer.Ordinal);
        return [.. bag.Items.Where(d => d.Code != DiagnosticCodes.SpaceOrphan && !otherPages.Contains(d.File))];
    }

    private sealed record Selected(string Title, string? Description, IReadOnlyList<PublicationEntry> Entries);

    private static Selected BookOf(GitBookSpace space) =>
        new(space.Title, space.Description, [.. space.Toc.SelectMany(node => EntriesUnder(node, 0))]);

    private static Selected SectionOf(TocNode node) =>
        new(node.Page?.Title ?? node.Title, node.Page?.FrontMatter.Description, [.. EntriesUnder(node, node.Depth)]);

    private static Selected PageOf(Page page) =>
        new(page.Title, page.FrontMatter.Description, [new PublicationEntry(PublicationEntryKind.Page, page.Title, 0, page, Node: page.TocNode)]);

    // Entries under a node, depths counted from the selection's top; listed pages that are missing are skipped (already reported).
    private static IEnumerable<PublicationEntry> EntriesUnder(TocNode top, int topDepth) =>
        top.DescendantsAndSelf()
            .Where(node => node.Kind != TocNodeKind.Page || node.Page is not null)
            .Select(node => new PublicationEntry(KindOf(node), node.Page?.Title ?? node.Title, node.Depth - topDepth, node.Page, node.Url, node));

    private static PublicationEntryKind KindOf(TocNode node) => node.Kind switch
    {
        TocNodeKind.Group => PublicationEntryKind.Group,
        TocNodeKind.Link => PublicationEntryKind.Link,
        _ => PublicationEntryKind.Page,
    };
}
