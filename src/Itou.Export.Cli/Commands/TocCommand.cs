using System.CommandLine;
using Itou.Export.Cli.Ui;
using Itou.Export.Publishing;
using Itou.Export.Space;

namespace Itou.Export.Cli.Commands;

/// <summary>
/// <c>toc</c>: prints the table of contents as a tree, then the pages it does not list; with --page or
/// --section, prints what that export would hold.
/// </summary>
internal static class TocCommand
{
    public static Command Create(CliOptions options, Func<ParseResult, Messages> messages)
    {
        var command = new Command("toc", "Print the table of contents of a space as a tree, with page paths (with --page or --section: what that export holds).") { options.Space };
        options.AddSelection(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var space = await SpaceInput.LoadAsync(parse.GetValue(options.Space)!, cancellationToken);
            var selection = SpaceInput.Selection(parse.GetValue(options.Page), parse.GetValue(options.Section));
            if (selection.Kind == SelectionKind.Book)
                Print(space, messages(parse));
            else
                Print(Publication.Create(space, selection), messages(parse));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(GitBookSpace space, Messages messages)
    {
        messages.Result(space.Title);
        PrintLevel(space.Toc, "", messages);
        if (space.Orphans.Count == 0)
            return;
        messages.Result("");
        messages.Result("Not in the table of contents:");
        foreach (var orphan in space.Orphans)
            messages.Result("  " + orphan.Path);
    }

    private static void Print(Publication publication, Messages messages)
    {
        messages.Result(publication.Title);
        foreach (var entry in publication.Entries)
            messages.Result(new string(' ', 2 * entry.Depth + 2) + (entry.Kind switch
            {
                PublicationEntryKind.Group => $"[{entry.Title}]",
                PublicationEntryKind.Link => $"{entry.Title} → {entry.Url}",
                _ => $"{entry.Title}  ({entry.Page!.Path})",
            }));
    }

    private static void PrintLevel(IReadOnlyList<TocNode> nodes, string indent, Messages messages)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var last = i == nodes.Count - 1;
            messages.Result(indent + (last ? "└─ " : "├─ ") + Describe(nodes[i]));
            PrintLevel(nodes[i].Children, indent + (last ? "   " : "│  "), messages);
        }
    }

    private static string Describe(TocNode node) => node.Kind switch
    {
        TocNodeKind.Group => node.Title.Length == 0 ? "(group)" : $"[{node.Title}]",
        TocNodeKind.Link => $"{node.Title} → {node.Url}",
        _ => $"{node.Title}  ({node.Path}{(node.Anchor is null ? "" : "#" + node.Anchor)}){(node.Page is null ? "  (missing)" : "")}",
    };
}
