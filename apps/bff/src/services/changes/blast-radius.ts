/** A change's reach in words: "24 published APIs in 3 groups, 6 of them in RELEASE". */
export function blastRadius(apis: readonly { groupName: string; stageName: string }[]): string {
  if (apis.length === 0) return 'No published API';
  const groups = new Set(apis.map((a) => a.groupName)).size;
  const release = apis.filter((a) => a.stageName === 'RELEASE').length;
  const count = `${apis.length} published API${apis.length === 1 ? '' : 's'} in ${groups} group${groups === 1 ? '' : 's'}`;
  if (release === 0) return `${count}, none in RELEASE`;
  if (release === apis.length) return `${count}, all in RELEASE`;
  return `${count}, ${release} of them in RELEASE`;
}
