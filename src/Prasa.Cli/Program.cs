using Prasa.Cli;

return Commands.Run(args, Console.OpenStandardOutput(), Console.Error, Console.IsOutputRedirected);
