using Prasa.Metadata;

namespace Prasa.Tests;

public class CreditLineTests
{
    [Theory]
    [InlineData("Strażacy gasili pożar hali przez całą noc. Fot. Jan Kowalski", true)]
    [InlineData("Die Bühne am Abend des Festivals. Foto: Anna Berg", true)]
    // A prefix word ending the sentence is no credit: nobody is named after it.
    [InlineData("The actress shared her new make-up photos.", false)]
    [InlineData("Zobaczcie nasze najnowsze zdjęcia.", false)]
    [InlineData("A quiet street in the old town of Kraków at dawn", false)]
    public void A_credit_glued_to_a_caption_names_someone(string line, bool glued) =>
        Assert.Equal(glued, CreditLine.HasGluedCredit(line));
}
