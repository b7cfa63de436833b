/**
 * Which Huawei Cloud profile the endpoint service screens speak to. The header's profile
 * switcher offers Alibaba profiles only (`lib/active-profile` holds one of those), and an
 * Alibaba profile id sent here would be refused; so nothing is sent and the BFF uses its first
 * Huawei profile. The hook point for the switcher: when it learns Huawei profiles, return the
 * active one here and every endpoint service query and change follows.
 */
export function useHuaweiProfile(): string | undefined {
  return undefined;
}
