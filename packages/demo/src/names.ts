/**
 * Word lists for the synthetic demo people and places. Every person is generated from these lists; the lists avoid
 * surnames that, combined with a common given name, would spell a well-known public figure.
 */

/** Given names common among boys and men in Jambi. */
export const MALE_GIVEN_NAMES: readonly string[] = [
  'Aditya',
  'Agung',
  'Aldi',
  'Arif',
  'Bagas',
  'Bayu',
  'Dafa',
  'Dimas',
  'Fadil',
  'Fahri',
  'Farhan',
  'Fikri',
  'Galang',
  'Habib',
  'Hafiz',
  'Ikhsan',
  'Ilham',
  'Irfan',
  'Jefri',
  'Lutfi',
  'Naufal',
  'Rafi',
  'Rahmat',
  'Rehan',
  'Rendi',
  'Rizal',
  'Rizki',
  'Satria',
  'Syahrul',
  'Wahyu',
  'Yoga',
  'Yusuf',
  'Zaki',
  'Zulfikar',
];

/** Given names common among girls and women in Jambi. */
export const FEMALE_GIVEN_NAMES: readonly string[] = [
  'Aisyah',
  'Amelia',
  'Annisa',
  'Aulia',
  'Cahaya',
  'Citra',
  'Dinda',
  'Elsa',
  'Fitri',
  'Hana',
  'Indah',
  'Intan',
  'Jihan',
  'Khairunnisa',
  'Mawar',
  'Nabila',
  'Nadia',
  'Nurul',
  'Putri',
  'Rahma',
  'Rani',
  'Rika',
  'Salsabila',
  'Sinta',
  'Syifa',
  'Tiara',
  'Vina',
  'Wulan',
  'Yuni',
  'Zahra',
];

/** Second names for men (Indonesians mostly have no family name; the second part is a given name too). */
export const MALE_SECOND_NAMES: readonly string[] = [
  'Pratama',
  'Saputra',
  'Syahputra',
  'Nugraha',
  'Permana',
  'Ramadani',
  'Firmansyah',
  'Alamsyah',
  'Prasetya',
  'Fauzan',
  'Hidayatullah',
  'Gunadi',
  'Sofyan',
  'Harun',
  'Wicaksono',
  'Afrizal',
  'Ardiansyah',
  'Kurniadi',
];

/** Second names for women. */
export const FEMALE_SECOND_NAMES: readonly string[] = [
  'Rahmawati',
  'Anggraini',
  'Utami',
  'Safitri',
  'Wulandari',
  'Oktaviani',
  'Maharani',
  'Puspita',
  'Ramadhani',
  'Novitasari',
  'Purnama',
  'Aprilia',
  'Fadilah',
  'Azzahra',
  'Febriani',
  'Yulianti',
];

/** Clan names (marga) carried by families of Batak origin living in Jambi, for either sex. */
export const CLAN_NAMES: readonly string[] = ['Siregar', 'Harahap', 'Hasibuan', 'Simanjuntak', 'Pohan', 'Daulay'];

/** Prefixes often given before the first name (Muhammad for boys, Nur or Siti for girls). */
export const MALE_PREFIXES: readonly string[] = ['Muhammad', 'M.', 'Ahmad'];
export const FEMALE_PREFIXES: readonly string[] = ['Nur', 'Siti'];

/** Pembimbing Kemasyarakatan (PK) of Bapas Kelas I Jambi: synthetic names with their academic titles. */
export const OFFICER_SEEDS: readonly {
  name: string;
  username: string;
  sex: 'MALE' | 'FEMALE';
  districtCode: string;
}[] = [
  { name: 'Abdul Rahman, S.Sos.', username: 'pk.rahman', sex: 'MALE', districtCode: '1507' },
  { name: 'Nurhayati Daulay, S.H.', username: 'pk.nurhayati', sex: 'FEMALE', districtCode: '1507' },
  { name: 'Fadli Hasibuan, S.Psi.', username: 'pk.fadli', sex: 'MALE', districtCode: '1507' },
  { name: 'Rika Oktaviani, S.Sos.', username: 'pk.rika', sex: 'FEMALE', districtCode: '1507' },
  { name: 'Hendra Gunadi, S.H., M.H.', username: 'pk.hendra', sex: 'MALE', districtCode: '1571' },
  { name: 'Yulia Marlina, S.Sos.', username: 'pk.yulia', sex: 'FEMALE', districtCode: '1571' },
  { name: 'Taufan Nasrullah, S.H.', username: 'pk.taufan', sex: 'MALE', districtCode: '1571' },
  { name: 'Desi Wulandari, S.Psi.', username: 'pk.desi', sex: 'FEMALE', districtCode: '1505' },
];

/** DP3AP2KB / UPTD PPA caseworkers (*pendamping*): synthetic names with their professional titles. */
export const CASEWORKER_SEEDS: readonly {
  name: string;
  profession: 'SOCIAL_WORKER' | 'PSYCHOLOGIST' | 'COUNSELLOR' | 'LEGAL_AID';
  districtCode: string;
}[] = [
  { name: 'Herawati Pohan, S.Tr.Sos.', profession: 'SOCIAL_WORKER', districtCode: '1507' },
  { name: 'Ridho Alamsyah, S.Sos.', profession: 'SOCIAL_WORKER', districtCode: '1507' },
  { name: 'Nadia Puspita, M.Psi., Psikolog', profession: 'PSYCHOLOGIST', districtCode: '1507' },
  { name: 'Irwan Kurniadi, M.Psi., Psikolog', profession: 'PSYCHOLOGIST', districtCode: '1507' },
  { name: 'Sulastri Fadilah, S.Pd.', profession: 'COUNSELLOR', districtCode: '1507' },
  { name: 'Yoga Afrizal, S.H.', profession: 'LEGAL_AID', districtCode: '1507' },
  { name: 'Marini Siregar, S.Sos.', profession: 'SOCIAL_WORKER', districtCode: '1571' },
  { name: 'Dewanti Utami, M.Psi., Psikolog', profession: 'PSYCHOLOGIST', districtCode: '1571' },
];

/** Streets for synthetic addresses; common enough to exist in many towns, so they point at nobody. */
export const STREETS: readonly string[] = [
  'Jl. Kenanga',
  'Jl. Melati',
  'Jl. Pendidikan',
  'Jl. Merdeka',
  'Jl. Pelita',
  'Jl. Sejahtera',
  'Jl. Bahagia',
  'Jl. Pelabuhan',
  'Jl. Nelayan',
  'Jl. Parit Lapis',
  'Jl. Manunggal',
  'Jl. Pramuka',
  'Lrg. Mawar',
  'Lrg. Anggrek',
  'Lrg. Damai',
  'Lrg. Family',
  'Lrg. Swadaya',
];

/** Kecamatan of Kota Jambi (1571). */
export const KOTA_JAMBI_SUBDISTRICTS: readonly string[] = [
  'Alam Barajo',
  'Danau Sipin',
  'Danau Teluk',
  'Jambi Selatan',
  'Jambi Timur',
  'Jelutung',
  'Kota Baru',
  'Paal Merah',
  'Pasar Jambi',
  'Pelayangan',
  'Telanaipura',
];

/** A few kecamatan of each other Jambi kabupaten/kota, for addresses outside the two pilot districts. */
export const OTHER_SUBDISTRICTS: Readonly<Record<string, readonly string[]>> = {
  '1501': ['Siulak', 'Air Hangat'],
  '1502': ['Bangko', 'Tabir'],
  '1503': ['Sarolangun', 'Pauh'],
  '1504': ['Muara Bulian', 'Pemayung'],
  '1505': ['Sekernan', 'Jambi Luar Kota', 'Sungai Gelam'],
  '1506': ['Muara Sabak Timur', 'Nipah Panjang'],
  '1508': ['Tebo Tengah', 'Rimbo Bujang'],
  '1509': ['Rimbo Tengah', 'Pasar Muara Bungo'],
  '1572': ['Sungai Penuh', 'Hamparan Rawang'],
};
