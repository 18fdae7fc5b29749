using System.CommandLine;
using Itou.Export.Publishing;

namespace Itou.Export.Cli;

/// <summary>The arguments and options the commands share, defined once so that every command spells them alike.</summary>
internal sealed class CliOptions
{
    public CliOptions()
    {
        Seconds(RemoteImageTimeout, 3600);
        Seconds(RemoteImageBudget, 24 * 3600);
        // Read from the token, as in Seconds.
        RemoteImageCacheSize.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && long.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var megabytes) && megabytes is < 0 or > 1024 * 1024)
                result.AddError("--remote-image-cache-size must be a number of megabytes from 0 to 1048576.");
        });
    }

    // Read from the token: a value that is not a number at all is already a parse error, and reading it would throw.
    private static void Seconds(Option<double> option, int most) => option.Validators.Add(result =>
    {
        if (result.Tokens is [var token] && double.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && (seconds is not > 0 || seconds > most))
            result.AddError($"{option.Name} must be a number of seconds above 0 and at most {most}.");
    });

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

    public Option<bool> Offline { get; } = new("--offline")
    {
        Description = "Make no network connection: pictures given by an http(s) address come from the cache of earlier exports, or their description is printed (by default they are fetched, each once).",
    };

    public Option<double> RemoteImageTimeout { get; } = new("--remote-image-timeout")
    {
        Description = "Seconds one remote picture may take, from connecting to the last byte.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => new ExportLimits().RemoteImageTimeout.TotalSeconds,
    };

    public Option<double> RemoteImageBudget { get; } = new("--remote-image-budget")
    {
        Description = "Seconds the export spends fetching remote pictures in all; past them the others are reported and not fetched (cached copies are still used).",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => new ExportLimits().RemoteImageBudget.TotalSeconds,
    };

    public Option<long> RemoteImageCacheSize { get; } = new("--remote-image-cache-size")
    {
        Description = $"Megabytes the cache of fetched pictures may take (in {RemoteImageCache.UserFolder()}); the least recently used go first; 0 keeps nothing.",
        HelpName = "MB",
        DefaultValueFactory = _ => RemoteImageCache.DefaultMaxBytes / (1024 * 1024),
    };

    public Option<bool> AllowPrivateNetworkImages { get; } = new("--allow-private-network-images")
    {
        Description = "Also fetch pictures from this machine and private networks (an intranet); without it only public internet addresses are contacted, and no proxy.",
    };

    /// <summary>Adds the remote image options to a command.</summary>
    public void AddRemoteImages(Command command)
    {
        command.Options.Add(Offline);
        command.Options.Add(RemoteImageTimeout);
        command.Options.Add(RemoteImageBudget);
        command.Options.Add(RemoteImageCacheSize);
        command.Options.Add(AllowPrivateNetworkImages);
    }

    /// <summary>The export limits the command line asks for: remote pictures fetched unless --offline (the library's other defaults).</summary>
    public ExportLimits Limits(ParseResult parse) => new()
    {
        AllowRemoteImages = !parse.GetValue(Offline),
        RemoteImageTimeout = TimeSpan.FromSeconds(parse.GetValue(RemoteImageTimeout)),
        RemoteImageBudget = TimeSpan.FromSeconds(parse.GetValue(RemoteImageBudget)),
        AllowPrivateNetworkImages = parse.GetValue(AllowPrivateNetworkImages),
    };

    /// <summary>The user's cache of fetched pictures, at the size the command line asks for.</summary>
    public RemoteImageCache Cache(ParseResult parse) =>
        RemoteImageCache.ForCurrentUser() with { MaxBytes = parse.GetValue(RemoteImageCacheSize) * 1024 * 1024 };

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
