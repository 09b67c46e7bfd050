export const USAGE = `Användning: uppfoljning <kommando> [val]

  new <ut.xlsx> [--example] [--codebook <kodbok.csv>] [--force]
                                        Skapa en tom uppföljning (med kodboken i filen), eller en med fiktiva exempelärenden
  import <ärenden.csv> <ut.xlsx> [--codebook <kodbok.csv>] [--utan-personnummer] [--force]
                                        Skapa en uppföljning med ärendena i en CSV-fil (; eller , UTF-8 eller Windows-1252);
                                        nya enheter, droger och insatser läggs till i kodboken; en fil med personnummer
                                        vägras, eller importeras med dem tomma (--utan-personnummer)
  check <arbetsbok.xlsx> [--json]       Kontrollera ärendena; avslutas med kod 1 om något fel finns
  results <arbetsbok.xlsx> [-o <ut.xlsx>] [--json [--masked]] [--restore-codebook] [--force]
                                        Skriv resultatbladet (i filen, eller i -o) och visa huvudresultaten;
                                        --json skriver talen omaskerade, --json --masked som bladet visar dem;
                                        --restore-codebook lägger till den inbyggda kodboken där bladet Kodbok saknas
  codebook <arbetsbok.xlsx> [-o <kodbok.csv>] [--force]
                                        Skriv ut arbetsbokens kodbok som en kodboksfil
  --help, --version

--force skriver över en befintlig fil (även en skrivskyddad). Utan det skrivs ingen befintlig fil över.`;
