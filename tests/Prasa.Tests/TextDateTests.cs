using Prasa.Text;

namespace Prasa.Tests;

public class TextDateTests
{
    [Theory]
    [InlineData("13 grudnia 2023, 21:15", "2023-12-13T21:15:00")]
    [InlineData("Published Dec. 13, 2023 Updated Dec. 14, 2023, 9:12 a.m. ET", "2023-12-13")]
    [InlineData("3. Mai 2024, 17:47", "2024-05-03T17:47:00")]
    [InlineData("Publikacja: 23.07.2023 07:30", "2023-07-23T07:30:00")]
    [InlineData("le 5 mars 2024", "2024-03-05")]
    [InlineData("12 de enero de 2022", "2022-01-12")]
    [InlineData("June 31, 2024", null)]
    [InlineData("Kraków", null)]
    public void Reads_the_first_date_of_a_line(string line, string? expected) => Assert.Equal(expected, TextDate.Read(line));

    [Theory]
    [InlineData("Aktualizacja: 14.12.2023 08:02", true)]
    [InlineData("Updated March 3, 2025", true)]
    [InlineData("Published Dec. 13, 2023 Updated Dec. 14", false)]
    [InlineData("13 grudnia 2023", false)]
    public void Tells_update_lines(string line, bool update) => Assert.Equal(update, TextDate.IsUpdate(line));
}
