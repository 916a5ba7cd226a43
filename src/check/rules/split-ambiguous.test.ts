import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './split-ambiguous.js';

ruleTester(rule, examples);
