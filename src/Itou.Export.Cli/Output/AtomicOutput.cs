namespace Itou.Export.Cli.Output;

/// <summary>
/// An output file written all at once: the document goes to a hidden temporary file in the target's
/// folder (same file system, so the final rename is atomic) and replaces the target only on
/// <see cref="CommitAsync"/>. Disposed without a commit (a failure, a cancellation, --strict), the
/// temporary file is deleted and the target is left as it was.
/// </summary>
internal sealed class AtomicOutput : IAsyncDisposable
{
    private readonly string target;
    private readonly string temporary;
    private bool committed;

    private AtomicOutput(string target, string temporary, FileStream stream)
    {
        this.target = target;
        this.temporary = temporary;
        Stream = stream;
    }

    /// <summary>Where the document is written until the commit.</summary>
    public FileStream Stream { get; }

    public static AtomicOutput Create(string path)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
            throw new CliException(ExitCodes.NotFound, $"output folder not found: {folder}");
        if (Directory.Exists(target))
            throw new CliException(ExitCodes.Usage, $"the output path is a folder: {target}");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        return new AtomicOutput(target, temporary, stream);
    }

    /// <summary>Flushes the document to disk and moves it over the target; returns its size in bytes.</summary>
    public async Task<long> CommitAsync(CancellationToken cancellationToken)
    {
        await Stream.FlushAsync(cancellationToken);
        Stream.Flush(flushToDisk: true);
        var size = Stream.Length;
        await Stream.DisposeAsync();
        File.Move(temporary, target, overwrite: true);
        committed = true;
        return size;
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
        if (!committed)
            File.Delete(temporary);
    }
}
