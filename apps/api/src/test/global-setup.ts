export { default } from '@samlad/db/testing/global-setup';
