import { useChosenHuaweiProfile } from '@/lib/huawei-profile';

/**
 * Which Huawei Cloud profile the endpoint service screens speak to: the one picked beside the
 * list's title (`lib/huawei-profile`), else nothing is sent and the BFF uses its first Huawei
 * profile. Every endpoint service query and change follows it.
 */
export function useHuaweiProfile(): string | undefined {
  return useChosenHuaweiProfile();
}
