// The compact index the plugin writes with createData (see plugins/partners/index.ts).
declare module '@generated/community-partners/default/partner-index.json' {
  const index: import('../types').PartnerIndex;
  export default index;
}
