/**
 * ISCO-08 (International Standard Classification of Occupations, ILO 2008): every group with its
 * English title and an Italian title written for this project, one `code|en|it` per line.
 * Loaded lazily (dynamic import) as the default occupation dataset when no ESCO import exists.
 */
export const ISCO08_TITLES = `
0|Armed forces occupations|Professioni delle forze armate
01|Commissioned armed forces officers|Ufficiali delle forze armate
011|Commissioned armed forces officers|Ufficiali delle forze armate
0110|Commissioned armed forces officers|Ufficiali delle forze armate
02|Non-commissioned armed forces officers|Sottufficiali delle forze armate
021|Non-commissioned armed forces officers|Sottufficiali delle forze armate
0210|Non-commissioned armed forces officers|Sottufficiali delle forze armate
03|Armed forces occupations, other ranks|Truppa delle forze armate
031|Armed forces occupations, other ranks|Truppa delle forze armate
0310|Armed forces occupations, other ranks|Truppa delle forze armate
1|Managers|Dirigenti
11|Chief executives, senior officials and legislators|Legislatori, alti dirigenti e amministratori delegati
111|Legislators and senior officials|Legislatori e alti funzionari
1111|Legislators|Legislatori
1112|Senior government officials|Alti funzionari della pubblica amministrazione
1113|Traditional chiefs and heads of villages|Capi tradizionali e capi villaggio
1114|Senior officials of special-interest organizations|Dirigenti di organizzazioni di interesse collettivo
112|Managing directors and chief executives|Amministratori delegati e direttori generali
1120|Managing directors and chief executives|Amministratori delegati e direttori generali
12|Administrative and commercial managers|Dirigenti amministrativi e commerciali
121|Business services and administration managers|Dirigenti dei servizi alle imprese e dell'amministrazione
1211|Finance managers|Direttori finanziari
1212|Human resource managers|Direttori delle risorse umane
1213|Policy and planning managers|Dirigenti della pianificazione e delle politiche
1219|Business services and administration managers not elsewhere classified|Altri dirigenti dei servizi alle imprese e dell'amministrazione
122|Sales, marketing and development managers|Dirigenti delle vendite, del marketing e dello sviluppo
1221|Sales and marketing managers|Direttori vendite e marketing
1222|Advertising and public relations managers|Direttori della pubblicità e delle relazioni pubbliche
1223|Research and development managers|Direttori della ricerca e sviluppo
13|Production and specialized services managers|Dirigenti della produzione e dei servizi specializzati
131|Production managers in agriculture, forestry and fisheries|Responsabili della produzione in agricoltura, silvicoltura e pesca
1311|Agricultural and forestry production managers|Responsabili della produzione agricola e forestale
1312|Aquaculture and fisheries production managers|Responsabili della produzione di acquacoltura e pesca
132|Manufacturing, mining, construction and distribution managers|Dirigenti della manifattura, delle miniere, delle costruzioni e della distribuzione
1321|Manufacturing managers|Direttori di produzione industriale
1322|Mining managers|Direttori di miniera
1323|Construction managers|Direttori di cantiere e delle costruzioni
1324|Supply, distribution and related managers|Responsabili di approvvigionamento, distribuzione e logistica
133|Information and communications technology service managers|Dirigenti dei servizi di tecnologie dell'informazione e della comunicazione
1330|Information and communications technology service managers|Dirigenti dei servizi di tecnologie dell'informazione e della comunicazione
134|Professional services managers|Dirigenti dei servizi professionali
1341|Child care services managers|Responsabili di servizi per l'infanzia
1342|Health services managers|Dirigenti dei servizi sanitari
1343|Aged care services managers|Responsabili di servizi per anziani
1344|Social welfare managers|Dirigenti dei servizi sociali
1345|Education managers|Dirigenti scolastici e della formazione
1346|Financial and insurance services branch managers|Direttori di filiale di banche e assicurazioni
1349|Professional services managers not elsewhere classified|Altri dirigenti dei servizi professionali
14|Hospitality, retail and other services managers|Responsabili di strutture ricettive, commerciali e di altri servizi
141|Hotel and restaurant managers|Responsabili di alberghi e ristoranti
1411|Hotel managers|Direttori d'albergo
1412|Restaurant managers|Gestori di ristoranti
142|Retail and wholesale trade managers|Responsabili del commercio al dettaglio e all'ingrosso
1420|Retail and wholesale trade managers|Responsabili del commercio al dettaglio e all'ingrosso
143|Other services managers|Responsabili di altri servizi
1431|Sports, recreation and cultural centre managers|Responsabili di centri sportivi, ricreativi e culturali
1439|Services managers not elsewhere classified|Altri responsabili di servizi
2|Professionals|Professioni intellettuali e scientifiche
21|Science and engineering professionals|Specialisti delle scienze e dell'ingegneria
211|Physical and earth science professionals|Specialisti delle scienze fisiche e della terra
2111|Physicists and astronomers|Fisici e astronomi
2112|Meteorologists|Meteorologi
2113|Chemists|Chimici
2114|Geologists and geophysicists|Geologi e geofisici
212|Mathematicians, actuaries and statisticians|Matematici, attuari e statistici
2120|Mathematicians, actuaries and statisticians|Matematici, attuari e statistici
213|Life science professionals|Specialisti delle scienze della vita
2131|Biologists, botanists, zoologists and related professionals|Biologi, botanici, zoologi e professioni assimilate
2132|Farming, forestry and fisheries advisers|Consulenti per agricoltura, silvicoltura e pesca
2133|Environmental protection professionals|Specialisti della tutela dell'ambiente
214|Engineering professionals (excluding electrotechnology)|Ingegneri (esclusa l'elettrotecnica)
2141|Industrial and production engineers|Ingegneri industriali e di produzione
2142|Civil engineers|Ingegneri civili
2143|Environmental engineers|Ingegneri ambientali
2144|Mechanical engineers|Ingegneri meccanici
2145|Chemical engineers|Ingegneri chimici
2146|Mining engineers, metallurgists and related professionals|Ingegneri minerari, metallurgici e professioni assimilate
2149|Engineering professionals not elsewhere classified|Altri ingegneri
215|Electrotechnology engineers|Ingegneri elettrotecnici
2151|Electrical engineers|Ingegneri elettrici
2152|Electronics engineers|Ingegneri elettronici
2153|Telecommunications engineers|Ingegneri delle telecomunicazioni
216|Architects, planners, surveyors and designers|Architetti, urbanisti, topografi e designer
2161|Building architects|Architetti edili
2162|Landscape architects|Architetti paesaggisti
2163|Product and garment designers|Designer di prodotto e di moda
2164|Town and traffic planners|Urbanisti e pianificatori del traffico
2165|Cartographers and surveyors|Cartografi e topografi
2166|Graphic and multimedia designers|Grafici e designer multimediali
22|Health professionals|Specialisti della salute
221|Medical doctors|Medici
2211|Generalist medical practitioners|Medici di medicina generale
2212|Specialist medical practitioners|Medici specialisti
222|Nursing and midwifery professionals|Infermieri e ostetrici
2221|Nursing professionals|Infermieri
2222|Midwifery professionals|Ostetrici
223|Traditional and complementary medicine professionals|Specialisti di medicina tradizionale e complementare
2230|Traditional and complementary medicine professionals|Specialisti di medicina tradizionale e complementare
224|Paramedical practitioners|Professionisti paramedici
2240|Paramedical practitioners|Professionisti paramedici
225|Veterinarians|Veterinari
2250|Veterinarians|Veterinari
226|Other health professionals|Altri specialisti della salute
2261|Dentists|Dentisti
2262|Pharmacists|Farmacisti
2263|Environmental and occupational health and hygiene professionals|Specialisti di igiene e salute ambientale e del lavoro
2264|Physiotherapists|Fisioterapisti
2265|Dieticians and nutritionists|Dietisti e nutrizionisti
2266|Audiologists and speech therapists|Audiologi e logopedisti
2267|Optometrists and ophthalmic opticians|Optometristi e ottici oftalmici
2269|Health professionals not elsewhere classified|Altri specialisti della salute non classificati altrove
23|Teaching professionals|Insegnanti
231|University and higher education teachers|Docenti universitari e dell'istruzione superiore
2310|University and higher education teachers|Docenti universitari e dell'istruzione superiore
232|Vocational education teachers|Insegnanti della formazione professionale
2320|Vocational education teachers|Insegnanti della formazione professionale
233|Secondary education teachers|Insegnanti della scuola secondaria
2330|Secondary education teachers|Insegnanti della scuola secondaria
234|Primary school and early childhood teachers|Insegnanti della scuola primaria e dell'infanzia
2341|Primary school teachers|Insegnanti della scuola primaria
2342|Early childhood educators|Educatori della prima infanzia
235|Other teaching professionals|Altri insegnanti
2351|Education methods specialists|Esperti di metodologie didattiche
2352|Special needs teachers|Insegnanti di sostegno
2353|Other language teachers|Altri insegnanti di lingue
2354|Other music teachers|Altri insegnanti di musica
2355|Other arts teachers|Altri insegnanti di discipline artistiche
2356|Information technology trainers|Formatori di informatica
2359|Teaching professionals not elsewhere classified|Altri insegnanti non classificati altrove
24|Business and administration professionals|Specialisti in discipline economiche e amministrative
241|Finance professionals|Specialisti della finanza
2411|Accountants|Contabili ed esperti contabili
2412|Financial and investment advisers|Consulenti finanziari e degli investimenti
2413|Financial analysts|Analisti finanziari
242|Administration professionals|Specialisti dell'amministrazione
2421|Management and organization analysts|Analisti di gestione e organizzazione
2422|Policy administration professionals|Specialisti delle politiche pubbliche
2423|Personnel and careers professionals|Specialisti del personale e dell'orientamento professionale
2424|Training and staff development professionals|Specialisti della formazione e dello sviluppo del personale
243|Sales, marketing and public relations professionals|Specialisti delle vendite, del marketing e delle relazioni pubbliche
2431|Advertising and marketing professionals|Specialisti della pubblicità e del marketing
2432|Public relations professionals|Specialisti delle relazioni pubbliche
2433|Technical and medical sales professionals (excluding ICT)|Specialisti delle vendite tecniche e medicali (escluse le TIC)
2434|Information and communications technology sales professionals|Specialisti delle vendite di tecnologie dell'informazione e della comunicazione
25|Information and communications technology professionals|Specialisti delle tecnologie dell'informazione e della comunicazione
251|Software and applications developers and analysts|Sviluppatori e analisti di software e applicazioni
2511|Systems analysts|Analisti di sistemi
2512|Software developers|Sviluppatori di software
2513|Web and multimedia developers|Sviluppatori web e multimediali
2514|Applications programmers|Programmatori di applicazioni
2519|Software and applications developers and analysts not elsewhere classified|Altri sviluppatori e analisti di software e applicazioni
252|Database and network professionals|Specialisti di basi di dati e di reti
2521|Database designers and administrators|Progettisti e amministratori di basi di dati
2522|Systems administrators|Amministratori di sistemi
2523|Computer network professionals|Specialisti di reti informatiche
2529|Database and network professionals not elsewhere classified|Altri specialisti di basi di dati e di reti
26|Legal, social and cultural professionals|Specialisti in discipline giuridiche, sociali e culturali
261|Legal professionals|Specialisti in discipline giuridiche
2611|Lawyers|Avvocati
2612|Judges|Magistrati
2619|Legal professionals not elsewhere classified|Altri specialisti in discipline giuridiche
262|Librarians, archivists and curators|Bibliotecari, archivisti e curatori
2621|Archivists and curators|Archivisti e curatori di musei
2622|Librarians and related information professionals|Bibliotecari e specialisti dell'informazione
263|Social and religious professionals|Specialisti in scienze sociali e professioni religiose
2631|Economists|Economisti
2632|Sociologists, anthropologists and related professionals|Sociologi, antropologi e professioni assimilate
2633|Philosophers, historians and political scientists|Filosofi, storici e politologi
2634|Psychologists|Psicologi
2635|Social work and counselling professionals|Assistenti sociali e consulenti
2636|Religious professionals|Ministri di culto
264|Authors, journalists and linguists|Scrittori, giornalisti e linguisti
2641|Authors and related writers|Scrittori e autori
2642|Journalists|Giornalisti
2643|Translators, interpreters and other linguists|Traduttori, interpreti e altri linguisti
265|Creative and performing artists|Artisti creativi e dello spettacolo
2651|Visual artists|Artisti visivi
2652|Musicians, singers and composers|Musicisti, cantanti e compositori
2653|Dancers and choreographers|Ballerini e coreografi
2654|Film, stage and related directors and producers|Registi e produttori di cinema, teatro e spettacolo
2655|Actors|Attori
2656|Announcers on radio, television and other media|Annunciatori e presentatori di radio, televisione e altri media
2659|Creative and performing artists not elsewhere classified|Altri artisti creativi e dello spettacolo
3|Technicians and associate professionals|Professioni tecniche
31|Science and engineering associate professionals|Tecnici delle scienze e dell'ingegneria
311|Physical and engineering science technicians|Tecnici delle scienze fisiche e dell'ingegneria
3111|Chemical and physical science technicians|Tecnici delle scienze chimiche e fisiche
3112|Civil engineering technicians|Tecnici dell'ingegneria civile
3113|Electrical engineering technicians|Tecnici elettrotecnici
3114|Electronics engineering technicians|Tecnici elettronici
3115|Mechanical engineering technicians|Tecnici meccanici
3116|Chemical engineering technicians|Tecnici dell'ingegneria chimica
3117|Mining and metallurgical technicians|Tecnici minerari e metallurgici
3118|Draughtspersons|Disegnatori tecnici
3119|Physical and engineering science technicians not elsewhere classified|Altri tecnici delle scienze fisiche e dell'ingegneria
312|Mining, manufacturing and construction supervisors|Capisquadra di miniere, industria e costruzioni
3121|Mining supervisors|Capisquadra nelle miniere
3122|Manufacturing supervisors|Capisquadra nell'industria manifatturiera
3123|Construction supervisors|Capisquadra e capocantiere nell'edilizia
313|Process control technicians|Tecnici del controllo di processo
3131|Power production plant operators|Conduttori di centrali elettriche
3132|Incinerator and water treatment plant operators|Conduttori di inceneritori e impianti di trattamento delle acque
3133|Chemical processing plant controllers|Tecnici di controllo di impianti chimici
3134|Petroleum and natural gas refining plant operators|Conduttori di raffinerie di petrolio e gas naturale
3135|Metal production process controllers|Tecnici di controllo della produzione dei metalli
3139|Process control technicians not elsewhere classified|Altri tecnici del controllo di processo
314|Life science technicians and related associate professionals|Tecnici delle scienze della vita
3141|Life science technicians (excluding medical)|Tecnici delle scienze della vita (esclusi quelli medici)
3142|Agricultural technicians|Tecnici agrari
3143|Forestry technicians|Tecnici forestali
315|Ship and aircraft controllers and technicians|Ufficiali e tecnici della navigazione marittima e aerea
3151|Ships' engineers|Ufficiali di macchina
3152|Ships' deck officers and pilots|Ufficiali di coperta e piloti di navi
3153|Aircraft pilots and related associate professionals|Piloti di aeromobili e professioni assimilate
3154|Air traffic controllers|Controllori del traffico aereo
3155|Air traffic safety electronics technicians|Tecnici elettronici per la sicurezza del traffico aereo
32|Health associate professionals|Professioni tecniche della salute
321|Medical and pharmaceutical technicians|Tecnici medici e farmaceutici
3211|Medical imaging and therapeutic equipment technicians|Tecnici di diagnostica per immagini e di apparecchiature terapeutiche
3212|Medical and pathology laboratory technicians|Tecnici di laboratorio biomedico
3213|Pharmaceutical technicians and assistants|Tecnici e assistenti di farmacia
3214|Medical and dental prosthetic technicians|Tecnici ortopedici e odontotecnici
322|Nursing and midwifery associate professionals|Professioni tecniche infermieristiche e ostetriche
3221|Nursing associate professionals|Tecnici infermieristici
3222|Midwifery associate professionals|Tecnici ostetrici
323|Traditional and complementary medicine associate professionals|Tecnici di medicina tradizionale e complementare
3230|Traditional and complementary medicine associate professionals|Tecnici di medicina tradizionale e complementare
324|Veterinary technicians and assistants|Tecnici e assistenti veterinari
3240|Veterinary technicians and assistants|Tecnici e assistenti veterinari
325|Other health associate professionals|Altre professioni tecniche della salute
3251|Dental assistants and therapists|Assistenti di studio odontoiatrico e igienisti dentali
3252|Medical records and health information technicians|Tecnici delle cartelle cliniche e dell'informazione sanitaria
3253|Community health workers|Operatori sanitari di comunità
3254|Dispensing opticians|Ottici
3255|Physiotherapy technicians and assistants|Tecnici e assistenti di fisioterapia
3256|Medical assistants|Assistenti medici
3257|Environmental and occupational health inspectors and associates|Ispettori di igiene ambientale e sicurezza sul lavoro
3258|Ambulance workers|Soccorritori e personale delle ambulanze
3259|Health associate professionals not elsewhere classified|Altre professioni tecniche della salute non classificate altrove
33|Business and administration associate professionals|Professioni tecniche amministrative e commerciali
331|Financial and mathematical associate professionals|Tecnici finanziari e matematici
3311|Securities and finance dealers and brokers|Operatori e intermediari finanziari
3312|Credit and loans officers|Addetti al credito e ai prestiti
3313|Accounting associate professionals|Tecnici della contabilità
3314|Statistical, mathematical and related associate professionals|Tecnici statistici, matematici e assimilati
3315|Valuers and loss assessors|Periti estimatori e liquidatori di sinistri
332|Sales and purchasing agents and brokers|Agenti di vendita, di acquisto e mediatori
3321|Insurance representatives|Agenti assicurativi
3322|Commercial sales representatives|Rappresentanti di commercio
3323|Buyers|Buyer e responsabili acquisti
3324|Trade brokers|Mediatori commerciali
333|Business services agents|Agenti dei servizi alle imprese
3331|Clearing and forwarding agents|Spedizionieri e agenti doganali
3332|Conference and event planners|Organizzatori di convegni ed eventi
3333|Employment agents and contractors|Agenti per l'impiego e intermediari di lavoro
3334|Real estate agents and property managers|Agenti immobiliari e amministratori di immobili
3339|Business services agents not elsewhere classified|Altri agenti dei servizi alle imprese
334|Administrative and specialized secretaries|Segretari amministrativi e specializzati
3341|Office supervisors|Responsabili d'ufficio
3342|Legal secretaries|Segretari di studi legali
3343|Administrative and executive secretaries|Segretari amministrativi e di direzione
3344|Medical secretaries|Segretari di studi medici
335|Regulatory government associate professionals|Tecnici della pubblica amministrazione con funzioni di controllo
3351|Customs and border inspectors|Ispettori doganali e di frontiera
3352|Government tax and excise officials|Funzionari tributari
3353|Government social benefits officials|Funzionari delle prestazioni sociali
3354|Government licensing officials|Funzionari addetti a licenze e autorizzazioni
3355|Police inspectors and detectives|Ispettori di polizia e investigatori
3359|Regulatory government associate professionals not elsewhere classified|Altri tecnici della pubblica amministrazione con funzioni di controllo
34|Legal, social, cultural and related associate professionals|Professioni tecniche giuridiche, sociali e culturali
341|Legal, social and religious associate professionals|Tecnici dei servizi giuridici, sociali e religiosi
3411|Legal and related associate professionals|Tecnici dei servizi giuridici
3412|Social work associate professionals|Tecnici dei servizi sociali
3413|Religious associate professionals|Operatori religiosi
342|Sports and fitness workers|Professioni dello sport e del fitness
3421|Athletes and sports players|Atleti e sportivi
3422|Sports coaches, instructors and officials|Allenatori, istruttori e ufficiali di gara
3423|Fitness and recreation instructors and program leaders|Istruttori di fitness e animatori di attività ricreative
343|Artistic, cultural and culinary associate professionals|Tecnici delle attività artistiche, culturali e culinarie
3431|Photographers|Fotografi
3432|Interior designers and decorators|Arredatori e decoratori d'interni
3433|Gallery, museum and library technicians|Tecnici di gallerie, musei e biblioteche
3434|Chefs|Chef e capocuochi
3435|Other artistic and cultural associate professionals|Altri tecnici delle attività artistiche e culturali
35|Information and communications technicians|Tecnici dell'informazione e della comunicazione
351|Information and communications technology operations and user support technicians|Tecnici della gestione dei sistemi informatici e dell'assistenza agli utenti
3511|Information and communications technology operations technicians|Tecnici della gestione dei sistemi informatici
3512|Information and communications technology user support technicians|Tecnici dell'assistenza informatica agli utenti
3513|Computer network and systems technicians|Tecnici di reti e sistemi informatici
3514|Web technicians|Tecnici web
352|Telecommunications and broadcasting technicians|Tecnici delle telecomunicazioni e delle trasmissioni radiotelevisive
3521|Broadcasting and audiovisual technicians|Tecnici delle trasmissioni radiotelevisive e audiovisive
3522|Telecommunications engineering technicians|Tecnici delle telecomunicazioni
4|Clerical support workers|Impiegati
41|General and keyboard clerks|Impiegati d'ufficio generici e addetti alla videoscrittura
411|General office clerks|Impiegati d'ufficio generici
4110|General office clerks|Impiegati d'ufficio generici
412|Secretaries (general)|Segretari generici
4120|Secretaries (general)|Segretari generici
413|Keyboard operators|Addetti alla videoscrittura e all'inserimento dati
4131|Typists and word processing operators|Dattilografi e addetti alla videoscrittura
4132|Data entry clerks|Addetti all'inserimento dati
42|Customer services clerks|Impiegati addetti al servizio clienti
421|Tellers, money collectors and related clerks|Cassieri, esattori e impiegati assimilati
4211|Bank tellers and related clerks|Cassieri di banca e impiegati assimilati
4212|Bookmakers, croupiers and related gaming workers|Allibratori, croupier e addetti al gioco
4213|Pawnbrokers and money-lenders|Prestatori su pegno e prestatori di denaro
4214|Debt-collectors and related workers|Addetti al recupero crediti
422|Client information workers|Addetti all'informazione della clientela
4221|Travel consultants and clerks|Consulenti e addetti di agenzie di viaggio
4222|Contact centre information clerks|Operatori di call center per informazioni
4223|Telephone switchboard operators|Centralinisti
4224|Hotel receptionists|Receptionist d'albergo
4225|Enquiry clerks|Addetti agli sportelli informazioni
4226|Receptionists (general)|Receptionist
4227|Survey and market research interviewers|Intervistatori per sondaggi e ricerche di mercato
4229|Client information workers not elsewhere classified|Altri addetti all'informazione della clientela
43|Numerical and material recording clerks|Impiegati contabili e addetti alla registrazione dei materiali
431|Numerical clerks|Impiegati contabili
4311|Accounting and bookkeeping clerks|Impiegati addetti alla contabilità
4312|Statistical, finance and insurance clerks|Impiegati addetti a statistica, finanza e assicurazioni
4313|Payroll clerks|Addetti alle paghe
432|Material-recording and transport clerks|Addetti alla registrazione dei materiali e ai trasporti
4321|Stock clerks|Addetti al magazzino
4322|Production clerks|Addetti alla programmazione della produzione
4323|Transport clerks|Addetti ai trasporti
44|Other clerical support workers|Altri impiegati
441|Other clerical support workers|Altri impiegati
4411|Library clerks|Addetti di biblioteca
4412|Mail carriers and sorting clerks|Postini e addetti allo smistamento della posta
4413|Coding, proof-reading and related clerks|Addetti alla codifica, alla correzione di bozze e assimilati
4414|Scribes and related workers|Scrivani e assimilati
4415|Filing and copying clerks|Addetti all'archivio e alle copie
4416|Personnel clerks|Addetti all'amministrazione del personale
4419|Clerical support workers not elsewhere classified|Altri impiegati non classificati altrove
5|Service and sales workers|Professioni nei servizi e nelle vendite
51|Personal service workers|Addetti ai servizi alla persona
511|Travel attendants, conductors and guides|Assistenti di viaggio, controllori e guide
5111|Travel attendants and travel stewards|Assistenti di volo e di bordo
5112|Transport conductors|Controllori e capitreno
5113|Travel guides|Guide turistiche
512|Cooks|Cuochi
5120|Cooks|Cuochi
513|Waiters and bartenders|Camerieri e baristi
5131|Waiters|Camerieri
5132|Bartenders|Baristi
514|Hairdressers, beauticians and related workers|Parrucchieri, estetisti e assimilati
5141|Hairdressers|Parrucchieri e barbieri
5142|Beauticians and related workers|Estetisti e assimilati
515|Building and housekeeping supervisors|Responsabili della pulizia e della custodia di edifici
5151|Cleaning and housekeeping supervisors in offices, hotels and other establishments|Responsabili delle pulizie e dei servizi di governo in uffici, alberghi e altre strutture
5152|Domestic housekeepers|Governanti domestici
5153|Building caretakers|Portieri e custodi di edifici
516|Other personal services workers|Altri addetti ai servizi alla persona
5161|Astrologers, fortune-tellers and related workers|Astrologi, cartomanti e assimilati
5162|Companions and valets|Accompagnatori personali e valletti
5163|Undertakers and embalmers|Addetti alle pompe funebri e imbalsamatori
5164|Pet groomers and animal care workers|Toelettatori e addetti alla cura degli animali
5165|Driving instructors|Istruttori di guida
5169|Personal services workers not elsewhere classified|Altri addetti ai servizi alla persona non classificati altrove
52|Sales workers|Addetti alle vendite
521|Street and market salespersons|Venditori ambulanti e nei mercati
5211|Stall and market salespersons|Venditori di banco e nei mercati
5212|Street food salespersons|Venditori ambulanti di cibo
522|Shop salespersons|Addetti alle vendite nei negozi
5221|Shop keepers|Esercenti e negozianti
5222|Shop supervisors|Capireparto nei negozi
5223|Shop sales assistants|Commessi
523|Cashiers and ticket clerks|Cassieri e bigliettai
5230|Cashiers and ticket clerks|Cassieri e bigliettai
524|Other sales workers|Altri addetti alle vendite
5241|Fashion and other models|Modelli e indossatori
5242|Sales demonstrators|Promoter e dimostratori di prodotti
5243|Door to door salespersons|Venditori porta a porta
5244|Contact centre salespersons|Operatori di call center per le vendite
5245|Service station attendants|Benzinai e addetti alle stazioni di servizio
5246|Food service counter attendants|Addetti al banco nei servizi di ristorazione
5249|Sales workers not elsewhere classified|Altri addetti alle vendite non classificati altrove
53|Personal care workers|Addetti all'assistenza alla persona
531|Child care workers and teachers' aides|Addetti alla cura dei bambini e assistenti degli insegnanti
5311|Child care workers|Addetti alla cura dei bambini e babysitter
5312|Teachers' aides|Assistenti degli insegnanti
532|Personal care workers in health services|Addetti all'assistenza personale nei servizi sanitari
5321|Health care assistants|Operatori socio-sanitari
5322|Home-based personal care workers|Assistenti familiari e badanti
5329|Personal care workers in health services not elsewhere classified|Altri addetti all'assistenza personale nei servizi sanitari
54|Protective services workers|Addetti ai servizi di protezione e sicurezza
541|Protective services workers|Addetti ai servizi di protezione e sicurezza
5411|Fire-fighters|Vigili del fuoco
5412|Police officers|Agenti di polizia
5413|Prison guards|Agenti di polizia penitenziaria
5414|Security guards|Guardie giurate e addetti alla sicurezza
5419|Protective services workers not elsewhere classified|Altri addetti ai servizi di protezione non classificati altrove
6|Skilled agricultural, forestry and fishery workers|Agricoltori e operai specializzati dell'agricoltura, delle foreste e della pesca
61|Market-oriented skilled agricultural workers|Agricoltori e allevatori specializzati per il mercato
611|Market gardeners and crop growers|Coltivatori e orticoltori
6111|Field crop and vegetable growers|Coltivatori di seminativi e ortaggi
6112|Tree and shrub crop growers|Frutticoltori e coltivatori di colture arboree
6113|Gardeners, horticultural and nursery growers|Giardinieri, floricoltori e vivaisti
6114|Mixed crop growers|Coltivatori di colture miste
612|Animal producers|Allevatori
6121|Livestock and dairy producers|Allevatori di bestiame e produttori di latte
6122|Poultry producers|Avicoltori
6123|Apiarists and sericulturists|Apicoltori e bachicoltori
6129|Animal producers not elsewhere classified|Altri allevatori
613|Mixed crop and animal producers|Agricoltori e allevatori di aziende miste
6130|Mixed crop and animal producers|Agricoltori e allevatori di aziende miste
62|Market-oriented skilled forestry, fishery and hunting workers|Operai specializzati della silvicoltura, della pesca e della caccia per il mercato
621|Forestry and related workers|Operai forestali e assimilati
6210|Forestry and related workers|Operai forestali e assimilati
622|Fishery workers, hunters and trappers|Pescatori, cacciatori e trappolatori
6221|Aquaculture workers|Acquacoltori
6222|Inland and coastal waters fishery workers|Pescatori delle acque interne e costiere
6223|Deep-sea fishery workers|Pescatori d'altura
6224|Hunters and trappers|Cacciatori e trappolatori
63|Subsistence farmers, fishers, hunters and gatherers|Agricoltori, pescatori, cacciatori e raccoglitori di sussistenza
631|Subsistence crop farmers|Coltivatori di sussistenza
6310|Subsistence crop farmers|Coltivatori di sussistenza
632|Subsistence livestock farmers|Allevatori di sussistenza
6320|Subsistence livestock farmers|Allevatori di sussistenza
633|Subsistence mixed crop and livestock farmers|Agricoltori e allevatori di sussistenza
6330|Subsistence mixed crop and livestock farmers|Agricoltori e allevatori di sussistenza
634|Subsistence fishers, hunters, trappers and gatherers|Pescatori, cacciatori, trappolatori e raccoglitori di sussistenza
6340|Subsistence fishers, hunters, trappers and gatherers|Pescatori, cacciatori, trappolatori e raccoglitori di sussistenza
7|Craft and related trades workers|Artigiani e operai specializzati
71|Building and related trades workers, excluding electricians|Operai specializzati dell'edilizia, esclusi gli elettricisti
711|Building frame and related trades workers|Operai specializzati delle strutture edili
7111|House builders|Costruttori di case
7112|Bricklayers and related workers|Muratori e assimilati
7113|Stonemasons, stone cutters, splitters and carvers|Scalpellini, tagliatori e intagliatori di pietre
7114|Concrete placers, concrete finishers and related workers|Cementisti, addetti al getto e alla finitura del calcestruzzo
7115|Carpenters and joiners|Carpentieri e falegnami edili
7119|Building frame and related trades workers not elsewhere classified|Altri operai specializzati delle strutture edili
712|Building finishers and related trades workers|Operai specializzati delle finiture edili
7121|Roofers|Copritetto e lattonieri edili
7122|Floor layers and tile setters|Posatori di pavimenti e piastrellisti
7123|Plasterers|Intonacatori e stuccatori
7124|Insulation workers|Installatori di isolamenti
7125|Glaziers|Vetrai installatori
7126|Plumbers and pipe fitters|Idraulici e installatori di tubazioni
7127|Air conditioning and refrigeration mechanics|Installatori e manutentori di impianti di climatizzazione e refrigerazione
713|Painters, building structure cleaners and related trades workers|Pittori edili, addetti alla pulizia di facciate e assimilati
7131|Painters and related workers|Pittori edili e imbianchini
7132|Spray painters and varnishers|Verniciatori a spruzzo e laccatori
7133|Building structure cleaners|Addetti alla pulizia di facciate e strutture edilizie
72|Metal, machinery and related trades workers|Operai specializzati della metalmeccanica
721|Sheet and structural metal workers, moulders and welders, and related workers|Lamieristi, carpentieri metallici, formatori, saldatori e assimilati
7211|Metal moulders and coremakers|Formatori e animisti di fonderia
7212|Welders and flame cutters|Saldatori e tagliatori a fiamma
7213|Sheet-metal workers|Lamieristi
7214|Structural-metal preparers and erectors|Carpentieri metallici e montatori di strutture metalliche
7215|Riggers and cable splicers|Attrezzatori e giuntatori di cavi
722|Blacksmiths, toolmakers and related trades workers|Fabbri, attrezzisti e assimilati
7221|Blacksmiths, hammersmiths and forging press workers|Fabbri ferrai, battitori e addetti alle presse per forgiatura
7222|Toolmakers and related workers|Attrezzisti e stampisti
7223|Metal working machine tool setters and operators|Attrezzisti e operatori di macchine utensili per la lavorazione dei metalli
7224|Metal polishers, wheel grinders and tool sharpeners|Lucidatori di metalli, smerigliatori e affilatori
723|Machinery mechanics and repairers|Meccanici e riparatori di macchinari
7231|Motor vehicle mechanics and repairers|Meccanici e riparatori di autoveicoli
7232|Aircraft engine mechanics and repairers|Meccanici e riparatori di motori di aeromobili
7233|Agricultural and industrial machinery mechanics and repairers|Meccanici e riparatori di macchine agricole e industriali
7234|Bicycle and related repairers|Riparatori di biciclette e assimilati
73|Handicraft and printing workers|Artigiani e addetti alla stampa
731|Handicraft workers|Artigiani
7311|Precision-instrument makers and repairers|Costruttori e riparatori di strumenti di precisione
7312|Musical instrument makers and tuners|Liutai, costruttori e accordatori di strumenti musicali
7313|Jewellery and precious-metal workers|Orafi, gioiellieri e lavoratori di metalli preziosi
7314|Potters and related workers|Ceramisti, vasai e assimilati
7315|Glass makers, cutters, grinders and finishers|Vetrai, tagliatori, molatori e rifinitori di vetro
7316|Sign writers, decorative painters, engravers and etchers|Insegnisti, pittori decoratori, incisori e acquafortisti
7317|Handicraft workers in wood, basketry and related materials|Artigiani del legno, dell'intreccio e di materiali simili
7318|Handicraft workers in textile, leather and related materials|Artigiani del tessile, del cuoio e di materiali simili
7319|Handicraft workers not elsewhere classified|Altri artigiani non classificati altrove
732|Printing trades workers|Addetti alla stampa
7321|Pre-press technicians|Tecnici di prestampa
7322|Printers|Stampatori e tipografi
7323|Print finishing and binding workers|Addetti alla finitura di stampati e legatori
74|Electrical and electronic trades workers|Elettricisti ed elettronici specializzati
741|Electrical equipment installers and repairers|Installatori e riparatori di apparecchiature elettriche
7411|Building and related electricians|Elettricisti nelle costruzioni e assimilati
7412|Electrical mechanics and fitters|Elettromeccanici e montatori di apparecchiature elettriche
7413|Electrical line installers and repairers|Installatori e riparatori di linee elettriche
742|Electronics and telecommunications installers and repairers|Installatori e riparatori di apparecchiature elettroniche e di telecomunicazione
7421|Electronics mechanics and servicers|Meccanici e manutentori di apparecchiature elettroniche
7422|Information and communications technology installers and servicers|Installatori e manutentori di apparecchiature informatiche e di telecomunicazione
75|Food processing, wood working, garment and other craft and related trades workers|Operai specializzati dell'alimentare, del legno, dell'abbigliamento e altri artigiani
751|Food processing and related trades workers|Addetti alla lavorazione degli alimenti e assimilati
7511|Butchers, fishmongers and related food preparers|Macellai, pescivendoli e preparatori di alimenti assimilati
7512|Bakers, pastry-cooks and confectionery makers|Panettieri, pasticcieri e confettieri
7513|Dairy-products makers|Casari e addetti alla produzione di latticini
7514|Fruit, vegetable and related preservers|Addetti alla conservazione di frutta, verdura e assimilati
7515|Food and beverage tasters and graders|Assaggiatori e classificatori di alimenti e bevande
7516|Tobacco preparers and tobacco products makers|Addetti alla preparazione del tabacco e alla produzione di articoli da fumo
752|Wood treaters, cabinet-makers and related trades workers|Addetti al trattamento del legno, ebanisti e assimilati
7521|Wood treaters|Addetti al trattamento del legno
7522|Cabinet-makers and related workers|Ebanisti, falegnami e assimilati
7523|Woodworking-machine tool setters and operators|Attrezzisti e operatori di macchine per la lavorazione del legno
753|Garment and related trades workers|Addetti alla confezione di abbigliamento e assimilati
7531|Tailors, dressmakers, furriers and hatters|Sarti, pellicciai e cappellai
7532|Garment and related pattern-makers and cutters|Modellisti e tagliatori di capi di abbigliamento
7533|Sewing, embroidery and related workers|Cucitori, ricamatori e assimilati
7534|Upholsterers and related workers|Tappezzieri e assimilati
7535|Pelt dressers, tanners and fellmongers|Conciatori di pelli e pellami
7536|Shoemakers and related workers|Calzolai e assimilati
754|Other craft and related workers|Altri artigiani e operai specializzati
7541|Underwater divers|Sommozzatori e palombari
7542|Shotfirers and blasters|Fochini e addetti agli esplosivi
7543|Product graders and testers (excluding foods and beverages)|Classificatori e collaudatori di prodotti (esclusi alimenti e bevande)
7544|Fumigators and other pest and weed controllers|Disinfestatori e addetti al controllo di parassiti e infestanti
7549|Craft and related workers not elsewhere classified|Altri artigiani e operai specializzati non classificati altrove
8|Plant and machine operators, and assemblers|Conduttori di impianti e macchinari e addetti al montaggio
81|Stationary plant and machine operators|Conduttori di impianti e macchinari fissi
811|Mining and mineral processing plant operators|Conduttori di impianti minerari e di trattamento dei minerali
8111|Miners and quarriers|Minatori e cavatori
8112|Mineral and stone processing plant operators|Conduttori di impianti per il trattamento di minerali e pietre
8113|Well drillers and borers and related workers|Perforatori e sondatori di pozzi e assimilati
8114|Cement, stone and other mineral products machine operators|Conduttori di macchine per prodotti in cemento, pietra e altri minerali
812|Metal processing and finishing plant operators|Conduttori di impianti per la lavorazione e la finitura dei metalli
8121|Metal processing plant operators|Conduttori di impianti per la lavorazione dei metalli
8122|Metal finishing, plating and coating machine operators|Conduttori di macchine per la finitura, la placcatura e il rivestimento dei metalli
813|Chemical and photographic products plant and machine operators|Conduttori di impianti e macchine per prodotti chimici e fotografici
8131|Chemical products plant and machine operators|Conduttori di impianti e macchine per prodotti chimici
8132|Photographic products machine operators|Conduttori di macchine per prodotti fotografici
814|Rubber, plastic and paper products machine operators|Conduttori di macchine per prodotti in gomma, plastica e carta
8141|Rubber products machine operators|Conduttori di macchine per prodotti in gomma
8142|Plastic products machine operators|Conduttori di macchine per prodotti in plastica
8143|Paper products machine operators|Conduttori di macchine per prodotti in carta
815|Textile, fur and leather products machine operators|Conduttori di macchine per prodotti tessili, in pelliccia e in pelle
8151|Fibre preparing, spinning and winding machine operators|Conduttori di macchine per la preparazione, la filatura e la bobinatura delle fibre
8152|Weaving and knitting machine operators|Conduttori di telai e macchine per maglieria
8153|Sewing machine operators|Operatori di macchine per cucire
8154|Bleaching, dyeing and fabric cleaning machine operators|Conduttori di macchine per il candeggio, la tintura e la pulitura dei tessuti
8155|Fur and leather preparing machine operators|Conduttori di macchine per la preparazione di pellicce e pelli
8156|Shoemaking and related machine operators|Conduttori di macchine per la produzione di calzature
8157|Laundry machine operators|Addetti alle macchine di lavanderia
8159|Textile, fur and leather products machine operators not elsewhere classified|Altri conduttori di macchine per prodotti tessili, in pelliccia e in pelle
816|Food and related products machine operators|Conduttori di macchine per prodotti alimentari e assimilati
8160|Food and related products machine operators|Conduttori di macchine per prodotti alimentari e assimilati
817|Wood processing and papermaking plant operators|Conduttori di impianti per la lavorazione del legno e la fabbricazione della carta
8171|Pulp and papermaking plant operators|Conduttori di impianti per la produzione di pasta di carta e carta
8172|Wood processing plant operators|Conduttori di impianti per la lavorazione del legno
818|Other stationary plant and machine operators|Altri conduttori di impianti e macchinari fissi
8181|Glass and ceramics plant operators|Conduttori di impianti per vetro e ceramica
8182|Steam engine and boiler operators|Conduttori di caldaie e macchine a vapore
8183|Packing, bottling and labelling machine operators|Conduttori di macchine per l'imballaggio, l'imbottigliamento e l'etichettatura
8189|Stationary plant and machine operators not elsewhere classified|Altri conduttori di impianti e macchinari fissi non classificati altrove
82|Assemblers|Addetti al montaggio
821|Assemblers|Addetti al montaggio
8211|Mechanical machinery assemblers|Montatori di macchinari meccanici
8212|Electrical and electronic equipment assemblers|Montatori di apparecchiature elettriche ed elettroniche
8219|Assemblers not elsewhere classified|Altri addetti al montaggio
83|Drivers and mobile plant operators|Conducenti di veicoli e conduttori di macchinari mobili
831|Locomotive engine drivers and related workers|Macchinisti ferroviari e assimilati
8311|Locomotive engine drivers|Macchinisti di locomotive
8312|Railway brake, signal and switch operators|Manovratori, deviatori e addetti ai segnali ferroviari
832|Car, van and motorcycle drivers|Conducenti di automobili, furgoni e motocicli
8321|Motorcycle drivers|Conducenti di motocicli
8322|Car, taxi and van drivers|Conducenti di automobili, taxi e furgoni
833|Heavy truck and bus drivers|Conducenti di mezzi pesanti e autobus
8331|Bus and tram drivers|Conducenti di autobus e tram
8332|Heavy truck and lorry drivers|Conducenti di camion e mezzi pesanti
834|Mobile plant operators|Conduttori di macchinari mobili
8341|Mobile farm and forestry plant operators|Conduttori di macchine agricole e forestali
8342|Earthmoving and related plant operators|Conduttori di macchine movimento terra e assimilati
8343|Crane, hoist and related plant operators|Gruisti e conduttori di apparecchi di sollevamento
8344|Lifting truck operators|Carrellisti e conduttori di carrelli elevatori
835|Ships' deck crews and related workers|Marinai di coperta e assimilati
8350|Ships' deck crews and related workers|Marinai di coperta e assimilati
9|Elementary occupations|Professioni non qualificate
91|Cleaners and helpers|Addetti alle pulizie e aiutanti
911|Domestic, hotel and office cleaners and helpers|Addetti alle pulizie e aiutanti in case, alberghi e uffici
9111|Domestic cleaners and helpers|Collaboratori domestici e addetti alle pulizie in casa
9112|Cleaners and helpers in offices, hotels and other establishments|Addetti alle pulizie in uffici, alberghi e altre strutture
912|Vehicle, window, laundry and other hand cleaning workers|Addetti al lavaggio di veicoli, vetri, biancheria e altre pulizie manuali
9121|Hand launderers and pressers|Lavandai e stiratori a mano
9122|Vehicle cleaners|Addetti al lavaggio di veicoli
9123|Window cleaners|Lavavetri
9129|Other cleaning workers|Altri addetti alle pulizie
92|Agricultural, forestry and fishery labourers|Braccianti agricoli, forestali e della pesca
921|Agricultural, forestry and fishery labourers|Braccianti agricoli, forestali e della pesca
9211|Crop farm labourers|Braccianti agricoli nelle coltivazioni
9212|Livestock farm labourers|Addetti non qualificati all'allevamento
9213|Mixed crop and livestock farm labourers|Braccianti in aziende agricole miste
9214|Garden and horticultural labourers|Manovali del giardinaggio e dell'orticoltura
9215|Forestry labourers|Manovali forestali
9216|Fishery and aquaculture labourers|Manovali della pesca e dell'acquacoltura
93|Labourers in mining, construction, manufacturing and transport|Manovali delle miniere, dell'edilizia, dell'industria e dei trasporti
931|Mining and construction labourers|Manovali delle miniere e dell'edilizia
9311|Mining and quarrying labourers|Manovali delle miniere e delle cave
9312|Civil engineering labourers|Manovali delle opere pubbliche e stradali
9313|Building construction labourers|Manovali edili
932|Manufacturing labourers|Manovali dell'industria manifatturiera
9321|Hand packers|Imballatori manuali
9329|Manufacturing labourers not elsewhere classified|Altri manovali dell'industria manifatturiera
933|Transport and storage labourers|Manovali dei trasporti e del magazzinaggio
9331|Hand and pedal vehicle drivers|Conducenti di veicoli a mano e a pedali
9332|Drivers of animal-drawn vehicles and machinery|Conducenti di veicoli e macchine a trazione animale
9333|Freight handlers|Facchini e addetti alla movimentazione merci
9334|Shelf fillers|Scaffalisti e addetti al rifornimento degli scaffali
94|Food preparation assistants|Aiutanti nella preparazione dei cibi
941|Food preparation assistants|Aiutanti nella preparazione dei cibi
9411|Fast food preparers|Addetti alla preparazione di cibi veloci
9412|Kitchen helpers|Aiuto cuochi e lavapiatti
95|Street and related sales and service workers|Venditori ambulanti e addetti a servizi di strada
951|Street and related service workers|Addetti a servizi di strada
9510|Street and related service workers|Addetti a servizi di strada
952|Street vendors (excluding food)|Venditori ambulanti (esclusi alimentari)
9520|Street vendors (excluding food)|Venditori ambulanti (esclusi alimentari)
96|Refuse workers and other elementary workers|Addetti ai rifiuti e altre professioni non qualificate
961|Refuse workers|Addetti ai rifiuti
9611|Garbage and recycling collectors|Addetti alla raccolta dei rifiuti e del riciclaggio
9612|Refuse sorters|Addetti alla cernita dei rifiuti
9613|Sweepers and related labourers|Spazzini e assimilati
962|Other elementary workers|Altre professioni non qualificate
9621|Messengers, package deliverers and luggage porters|Fattorini, corrieri di pacchi e portabagagli
9622|Odd job persons|Tuttofare
9623|Meter readers and vending-machine collectors|Letturisti di contatori e addetti ai distributori automatici
9624|Water and firewood collectors|Raccoglitori di acqua e legna da ardere
9629|Elementary workers not elsewhere classified|Altre professioni non qualificate non classificate altrove
`;

/**
 * Everyday names people use for common jobs, so that "cuoco" or "badante" finds its group even
 * though the titles are formal plurals: `code|en alternatives|it alternatives`, `;`-separated.
 */
export const ISCO08_EVERYDAY_NAMES = `
2221|nurse|infermiere;infermiera
3221|nurse assistant|infermiere generico
5120|cook|cuoco;cuoca
5131|waiter;waitress|cameriere;cameriera
5132|barman;bartender|barista;barman
5141|hairdresser;barber|parrucchiere;parrucchiera;barbiere
5142|beautician|estetista
5223|shop assistant|commesso;commessa
5230|cashier|cassiere;cassiera
5311|nanny;babysitter|babysitter;tata
5321|care worker;health care assistant|OSS;operatore socio-sanitario;operatrice socio-sanitaria
5322|carer;home carer;elderly care worker|badante;assistente familiare
5414|security guard|guardia giurata;vigilante;addetto alla sicurezza
6113|gardener|giardiniere
6121|livestock farmer;shepherd|allevatore;pastore
7112|bricklayer;mason|muratore
7115|carpenter;joiner|carpentiere;falegname
7122|tiler;floor layer|piastrellista;pavimentista
7126|plumber|idraulico
7131|painter;decorator|imbianchino;pittore edile
7212|welder|saldatore
7231|mechanic;car mechanic|meccanico;meccanico d'auto
7411|electrician|elettricista
7511|butcher|macellaio
7512|baker;pastry cook|panettiere;fornaio;pasticciere
7531|tailor;dressmaker|sarto;sarta
8153|sewing machinist;seamstress|cucitrice;cucitore
8322|driver;taxi driver;van driver|autista;tassista
8332|truck driver;lorry driver|camionista;autista di camion
8344|forklift driver|carrellista;mulettista
9111|housekeeper;domestic worker;cleaner|colf;collaboratrice domestica;domestica
9112|cleaner|addetto alle pulizie;addetta alle pulizie
9122|car washer|lavaggista;lavamacchine
9211|farm worker;agricultural labourer;fruit picker|bracciante;bracciante agricolo;raccoglitore
9313|construction labourer;builder's labourer|manovale;manovale edile
9321|packer|imballatore;confezionatore
9329|factory worker|operaio;operaio generico
9333|porter;warehouse worker|facchino;magazziniere
9412|kitchen helper;dishwasher|aiuto cuoco;lavapiatti
9621|delivery rider;courier|fattorino;rider;corriere
`;
