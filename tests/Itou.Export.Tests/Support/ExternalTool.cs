using System.Diagnostics;

namespace Itou.Export.Tests.Support;

/// <summary>Runs a command-line tool (poppler's pdftotext, qpdf…) for read-back checks; skips the test when the tool is absent.</summary>
internal static class ExternalTool
{
    /// <summary>Runs <paramref name="tool"/> and returns its exit code with what it printed (standard output, then error).</summary>
    public static (int ExitCode, string Output) RunOrSkip(string tool, params string[] arguments)
    {
        var (exitCode, output, error) = Run(tool, arguments);
        return (exitCode, output + error);
    }

    /// <summary>Runs <paramref name="tool"/> and returns its exit code, standard output and standard error apart.</summary>
    public static (int ExitCode, string Output, string Error) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip($"{tool} is not installed (apt-get install poppler-utils qpdf): read-back check skipped.");
            throw; // Assert.Skip always throws
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to a temporary file, runs the tool on it and deletes the file.</summary>
    public static (int ExitCode, string Output) RunOnFile(byte[] bytes, string tool, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"itou-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, bytes);
        try
        {
            return RunOrSkip(tool, [.. arguments.Select(argument => argument == "{file}" ? path : argument)]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
