using System.CommandLine;
using Itou.Export.Publishing;

namespace Itou.Export.Cli;

/// <summary>The arguments and options the commands share, defined once so that every command spells them alike.</summary>
internal sealed class CliOptions
{
    public CliOptions()
    {
        // Read from the token: a value that is not a number at all is already a parse error, and reading it would throw.
        RemoteImageTimeout.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && double.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds is not (> 0 and <= 3600))
                result.AddError("--remote-image-timeout must be a number of seconds above 0 and at most 3600.");
        });
    }

    public Argument<string> Space { get; } = new("space")
    {
        Description = "The GitBook space folder (the Git Sync folder holding SUMMARY.md, .gitbook.yaml or the pages).",
    };

    public Option<string?> Page { get; } = new("--page")
    {
        Description = "Export one page as a brief: its path (dir/page.md) or its title in the table of contents.",
        HelpName = "PATH",
    };

    public Option<string?> Section { get; } = new("--section")
    {
        Description = "Export a table-of-contents entry with everything under it: a page path, a title or a group title.",
        HelpName = "PATH",
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "The file to write (default: named after the space, section or page, in the current folder). Written atomically.",
        HelpName = "FILE",
    };

    public Option<string?> Theme { get; } = new("--theme")
    {
        Description = "A JSON theme file (logos, colours, fonts, page size, header and footer text); see schemas/theme.schema.json.",
        HelpName = "FILE",
    };

    public Option<string?> Title { get; } = new("--title")
    {
        Description = "The document's title (cover, metadata, running header), instead of the space's, section's or page's title; overrides the theme's.",
        HelpName = "TEXT",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Fail (exit code 1, nothing written) when there is any diagnostic.",
    };

    public Option<string?> Report { get; } = new("--report")
    {
        Description = "Also write a JSON report: counts, diagnostics, output size and time.",
        HelpName = "FILE",
    };

    public Option<bool> NoSystemFonts { get; } = new("--no-system-fonts")
    {
        Description = "Draw with the bundled and theme fonts only, never the machine's: the same bytes on every machine (characters they lack are reported as PDF-GLYPH-MISSING).",
    };

    public Option<bool> AllowRemoteImages { get; } = new("--allow-remote-images")
    {
        Description = "Fetch pictures given by an http(s) address, each once, within --remote-image-timeout and the image size limit (default: not fetched, shown as their address, no network access).",
    };

    public Option<double> RemoteImageTimeout { get; } = new("--remote-image-timeout")
    {
        Description = "Seconds one remote image may take, from connecting to the last byte (with --allow-remote-images).",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => new ExportLimits().RemoteImageTimeout.TotalSeconds,
    };

    public Option<bool> AllowPrivateNetworkImages { get; } = new("--allow-private-network-images")
    {
        Description = "With --allow-remote-images, also fetch from this machine and private networks (an intranet); without it only public internet addresses are contacted, and no proxy.",
    };

    /// <summary>Adds the remote image options to a command.</summary>
    public void AddRemoteImages(Command command)
    {
        command.Options.Add(AllowRemoteImages);
        command.Options.Add(RemoteImageTimeout);
        command.Options.Add(AllowPrivateNetworkImages);
    }

    /// <summary>The export limits the command line asks for (the library's defaults otherwise).</summary>
    public ExportLimits Limits(ParseResult parse) => new()
    {
        AllowRemoteImages = parse.GetValue(AllowRemoteImages),
        RemoteImageTimeout = TimeSpan.FromSeconds(parse.GetValue(RemoteImageTimeout)),
        AllowPrivateNetworkImages = parse.GetValue(AllowPrivateNetworkImages),
    };

    /// <summary>Adds --page and --section to a command; giving both is a usage error.</summary>
    public void AddSelection(Command command)
    {
        command.Options.Add(Page);
        command.Options.Add(Section);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Page) is not null && result.GetValue(Section) is not null)
                result.AddError("--page and --section cannot be used together: choose one page or one section.");
        });
    }

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print errors only: no progress, no summary.",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print every diagnostic and, on failure, the stack trace.",
        Recursive = true,
    };
}
