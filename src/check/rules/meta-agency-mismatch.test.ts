import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './meta-agency-mismatch.js';

ruleTester(rule, examples);
